import { toKopecks, toRubles } from '../shared/money.js';
import { calendarDayNumber } from '../shared/sro-calendar.js';

export interface DuesAccrual {
  amount: number;
  dueDate: Date;
}

export interface DuesPayment {
  amount: number;
  paidAt: Date;
}

export interface DuesDebt {
  accrued: number;
  paid: number;
  debt: number;
  overpayment: number;
  oldestUnpaidDueDate: Date | null;
  /** Calendar days since the oldest unpaid accrual's due date; 0 when nothing is overdue. */
  daysOverdue: number;
  overdueAmount: number;
}

/**
 * Payments settle the oldest accruals (by due date) first, whatever day they were made. An accrual is overdue from
 * the calendar day after its due date, in the SRO's time zone: on the due date itself it is still on time.
 */
export function computeDuesDebt({
  accruals,
  payments,
  now,
}: {
  accruals: readonly DuesAccrual[];
  payments: readonly DuesPayment[];
  now: Date;
}): DuesDebt {
  const today = calendarDayNumber(now);
  const paidKopecks = payments.reduce((sum, payment) => sum + toKopecks(payment.amount), 0);
  let unallocatedKopecks = paidKopecks;
  let accruedKopecks = 0;
  let overdueKopecks = 0;
  let oldestUnpaidDueDate: Date | null = null;

  for (const accrual of [...accruals].sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime())) {
    const amountKopecks = toKopecks(accrual.amount);
    const settledKopecks = Math.min(amountKopecks, unallocatedKopecks);
    accruedKopecks += amountKopecks;
    unallocatedKopecks -= settledKopecks;
    if (settledKopecks === amountKopecks) continue;
    oldestUnpaidDueDate ??= accrual.dueDate;
    if (calendarDayNumber(accrual.dueDate) < today) overdueKopecks += amountKopecks - settledKopecks;
  }

  return {
    accrued: toRubles(accruedKopecks),
    paid: toRubles(paidKopecks),
    debt: toRubles(Math.max(0, accruedKopecks - paidKopecks)),
    overpayment: toRubles(Math.max(0, paidKopecks - accruedKopecks)),
    oldestUnpaidDueDate,
    daysOverdue: oldestUnpaidDueDate ? Math.max(0, today - calendarDayNumber(oldestUnpaidDueDate)) : 0,
    overdueAmount: toRubles(overdueKopecks),
  };
}
