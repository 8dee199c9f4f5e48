import type { Fund } from '../../domain/levels/fund.js';
import { DuesAccrualModel } from '../../domain/finance/dues-accrual.model.js';
import { computeDuesDebt, type DuesDebt } from '../../domain/finance/dues-debt.js';
import { DuesPaymentModel } from '../../domain/finance/dues-payment.model.js';
import { FundContributionModel } from '../../domain/finance/fund-contribution.model.js';
import { formatDate } from '../../domain/shared/sro-calendar.js';
import { addDays, atMoscow, moscowDate } from './dates.js';
import { defaultLevel } from './default-level.js';
import type { Random } from './random.js';
import type { DemoMember } from './seed-members.js';

/** Quarterly membership dues by КФ ВВ level, rubles. */
const QUARTERLY_DUES = [9_000, 12_000, 15_000, 18_000, 24_000, 30_000];
const QUARTERS_BACK = 8;

interface Accrual {
  period: string;
  amount: number;
  startsAt: Date;
  dueDate: Date;
}

interface Payment {
  amount: number;
  paidAt: Date;
}

function paymentOrder(paidAt: Date, random: Random): string {
  return `п/п № ${random.int(100, 2999)} от ${formatDate(paidAt)}`;
}

/** The member's quarters of the last two years, each due on the 15th of its first month. */
function accruals(member: DemoMember, now: Date): Accrual[] {
  const { year, month } = moscowDate(now);
  const current = year * 4 + Math.floor((month - 1) / 3);
  const amount = QUARTERLY_DUES[member.levels.vv]!;
  return Array.from({ length: QUARTERS_BACK }, (_, i) => current - QUARTERS_BACK + 1 + i)
    .map((quarter) => {
      const [y, q] = [Math.floor(quarter / 4), quarter % 4];
      return {
        period: `${y}-Q${q + 1}`,
        amount,
        startsAt: atMoscow(y, q * 3 + 1, 1, 0),
        dueDate: atMoscow(y, q * 3 + 1, 15),
      };
    })
    .filter(({ startsAt }) => addDays(startsAt, 91) > member.admissionDate)
    .filter(({ startsAt }) => member.status !== 'excluded' || startsAt < member.statusSince);
}

/** Payments that follow the member's habit: on time, late, stopping some quarters ago, or paying ahead. */
function payments(member: DemoMember, due: readonly Accrual[], now: Date, random: Random): Payment[] {
  const habit = member.spec.dues;
  const overdue = due.filter((accrual) => accrual.dueDate < now);
  const unpaid = habit === 'debt' ? random.int(1, Math.min(2, overdue.length)) : 0;
  const paid = overdue
    .slice(0, overdue.length - unpaid)
    .map((accrual) => ({
      amount: accrual.amount,
      paidAt: addDays(accrual.dueDate, habit === 'late' ? random.int(5, 40) : -random.int(1, 12)),
    }))
    .filter((payment) => payment.paidAt < now);
  const upcoming = due.filter((accrual) => accrual.dueDate >= now);
  if (habit === 'overpaid') {
    const amount = QUARTERLY_DUES[member.levels.vv]! * (upcoming.length + 1);
    return [...paid, { amount, paidAt: addDays(now, -random.int(3, 20)) }];
  }
  if (habit === 'on_time' && random.chance(0.5))
    paid.push(...upcoming.map((a) => ({ amount: a.amount, paidAt: addDays(now, -1) })));
  return paid;
}

const PURPOSES: Record<Fund, string> = {
  vv: 'Взнос в компенсационный фонд возмещения вреда',
  odo: 'Взнос в компенсационный фонд обеспечения договорных обязательств',
};

/** Contributions before admission that match the levels; a short member paid only part of one fund's. */
function contributions(member: DemoMember, random: Random) {
  const funds = (['vv', 'odo'] as const).flatMap((fund) => {
    const level = member.levels[fund];
    return level === null ? [] : [{ fund, required: defaultLevel(fund, level).contribution }];
  });
  return funds.map(({ fund, required }, i) => {
    const short = member.spec.fundShort && i === funds.length - 1;
    const amount = short ? Math.round((required * random.real(0.5, 0.9)) / 1000) * 1000 : required;
    const paidAt = addDays(member.admissionDate, -random.int(2, 14));
    return {
      memberId: member._id,
      fund,
      amount,
      paidAt,
      purpose: PURPOSES[fund],
      document: paymentOrder(paidAt, random),
      createdAt: paidAt,
      updatedAt: paidAt,
    };
  });
}

export interface DemoMoney {
  /** Each member's dues debt now, by the member's id. */
  debts: Map<string, DuesDebt>;
  counts: { duesAccruals: number; duesPayments: number; fundContributions: number };
}

/** Dues accrued quarterly for two years and paid by habit, and the compensation fund contributions. */
export async function seedMoney(
  members: readonly DemoMember[],
  now: Date,
  random: Random,
): Promise<DemoMoney> {
  const debts = new Map<string, DuesDebt>();
  const accrualRows: object[] = [];
  const paymentRows: object[] = [];
  for (const member of members) {
    const due = accruals(member, now);
    const paid = payments(member, due, now, random);
    debts.set(member._id.toHexString(), computeDuesDebt({ accruals: due, payments: paid, now }));
    const memberId = member._id;
    accrualRows.push(
      ...due.map(({ startsAt, ...accrual }) => ({
        memberId,
        ...accrual,
        createdAt: startsAt,
        updatedAt: startsAt,
      })),
    );
    paymentRows.push(
      ...paid.map((payment) => ({
        memberId,
        ...payment,
        document: paymentOrder(payment.paidAt, random),
        createdAt: payment.paidAt,
        updatedAt: payment.paidAt,
      })),
    );
  }
  const contributionRows = members.flatMap((member) => contributions(member, random));
  await DuesAccrualModel.insertMany(accrualRows);
  await DuesPaymentModel.insertMany(paymentRows);
  await FundContributionModel.insertMany(contributionRows);
  return {
    debts,
    counts: {
      duesAccruals: accrualRows.length,
      duesPayments: paymentRows.length,
      fundContributions: contributionRows.length,
    },
  };
}
