import type { DuesAccrual } from '../finance/dues-accrual.model.js';
import { computeDuesDebt, type DuesDebt } from '../finance/dues-debt.js';
import type { DuesPayment } from '../finance/dues-payment.model.js';
import { listDuesLedger } from '../finance/dues.repository.js';

export interface Dues extends DuesDebt {
  /** The latest accruals and payments, at most `recent` of each. */
  accruals: DuesAccrual[];
  payments: DuesPayment[];
}

/** The member's membership dues: totals, debt and days overdue over the whole ledger, with its latest entries. */
export async function getDues(memberId: string, recent: number, now = new Date()): Promise<Dues> {
  const { accruals, payments } = await listDuesLedger(memberId);
  return {
    ...computeDuesDebt({ accruals, payments, now }),
    accruals: accruals.slice(0, recent),
    payments: payments.slice(0, recent),
  };
}
