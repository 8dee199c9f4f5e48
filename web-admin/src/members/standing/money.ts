/**
 * Totals the staff API does not answer yet, computed as the cabinet computes them (api/domain/finance/dues-debt.ts,
 * api/domain/contracts/odo-obligations.ts): in kopecks, so that sums of roubles do not drift.
 */
export const kopecks = (rubles: number) => Math.round(rubles * 100);
export const rubles = (kopecks: number) => kopecks / 100;

/** From this share of the КФ ОДО cap the member is warned that the cap is near (as the cabinet warns). */
export const ODO_WARNING_PERCENT = 80;

export type OdoState = 'ok' | 'warning' | 'exceeded' | 'no_level' | 'unlimited';

export interface OdoUsage {
  total: number;
  cap: number | null;
  percent: number | null;
  headroom: number | null;
  state: OdoState;
}

/** Current obligations: the prices of the contracts in force, against the cap of the member's КФ ОДО level. */
export function odoUsage(
  contracts: readonly { price: number; status: string }[],
  cap: number | null | undefined,
  hasLevel: boolean,
): OdoUsage {
  const totalKopecks = contracts
    .filter((contract) => contract.status === 'in_force')
    .reduce((sum, contract) => sum + kopecks(contract.price), 0);
  const total = rubles(totalKopecks);
  if (!hasLevel) return { total, cap: null, percent: null, headroom: 0, state: 'no_level' };
  if (cap === null || cap === undefined) {
    return { total, cap: null, percent: null, headroom: null, state: 'unlimited' };
  }
  const capKopecks = kopecks(cap);
  const state: OdoState =
    totalKopecks > capKopecks
      ? 'exceeded'
      : totalKopecks * 100 >= capKopecks * ODO_WARNING_PERCENT
        ? 'warning'
        : 'ok';
  return {
    total,
    cap,
    percent: capKopecks === 0 ? 100 : Math.round((totalKopecks * 1000) / capKopecks) / 10,
    headroom: rubles(Math.max(0, capKopecks - totalKopecks)),
    state,
  };
}

const MS_PER_DAY = 86_400_000;
const MOSCOW_OFFSET_MS = 3 * 3_600_000;
/** The SRO calendar day (Moscow, UTC+3 all year) an instant falls on. */
const dayNumber = (instant: string | Date) =>
  Math.floor((new Date(instant).getTime() + MOSCOW_OFFSET_MS) / MS_PER_DAY);

export interface DuesDebt {
  accrued: number;
  paid: number;
  debt: number;
  overpayment: number;
  overdueAmount: number;
  daysOverdue: number;
}

/** Payments settle the oldest accruals first; an accrual is overdue from the day after its due date. */
export function duesDebt(
  accruals: readonly { amount: number; dueDate: string }[],
  payments: readonly { amount: number }[],
  now = new Date(),
): DuesDebt {
  const today = dayNumber(now);
  const paidKopecks = payments.reduce((sum, payment) => sum + kopecks(payment.amount), 0);
  let left = paidKopecks;
  let accruedKopecks = 0;
  let overdueKopecks = 0;
  let oldestUnpaid: number | null = null;
  for (const accrual of [...accruals].sort((a, b) => dayNumber(a.dueDate) - dayNumber(b.dueDate))) {
    const amount = kopecks(accrual.amount);
    const settled = Math.min(amount, left);
    accruedKopecks += amount;
    left -= settled;
    if (settled === amount) continue;
    oldestUnpaid ??= dayNumber(accrual.dueDate);
    if (dayNumber(accrual.dueDate) < today) overdueKopecks += amount - settled;
  }
  return {
    accrued: rubles(accruedKopecks),
    paid: rubles(paidKopecks),
    debt: rubles(Math.max(0, accruedKopecks - paidKopecks)),
    overpayment: rubles(Math.max(0, paidKopecks - accruedKopecks)),
    overdueAmount: rubles(overdueKopecks),
    daysOverdue: oldestUnpaid === null ? 0 : Math.max(0, today - oldestUnpaid),
  };
}
