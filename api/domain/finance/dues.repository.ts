import type { Types } from 'mongoose';
import { DuesAccrualModel, type DuesAccrual } from './dues-accrual.model.js';
import type { DuesAccrual as DebtAccrual, DuesPayment as DebtPayment } from './dues-debt.js';
import { DuesPaymentModel, type DuesPayment } from './dues-payment.model.js';

type Id = Types.ObjectId | string;

/** Every accrual and payment of a member, latest first: the debt is computed over all of them. */
export async function listDuesLedger(
  memberId: Id,
): Promise<{ accruals: DuesAccrual[]; payments: DuesPayment[] }> {
  const [accruals, payments] = await Promise.all([
    DuesAccrualModel.find({ memberId }).sort({ dueDate: -1, _id: -1 }).lean<DuesAccrual[]>(),
    DuesPaymentModel.find({ memberId }).sort({ paidAt: -1, _id: -1 }).lean<DuesPayment[]>(),
  ]);
  return { accruals, payments };
}

/** The same ledger reduced to the amounts and dates the debt is computed from. */
export async function listDuesAmounts(
  memberId: Id,
): Promise<{ accruals: DebtAccrual[]; payments: DebtPayment[] }> {
  const [accruals, payments] = await Promise.all([
    DuesAccrualModel.find({ memberId }).select({ _id: 0, amount: 1, dueDate: 1 }).lean<DebtAccrual[]>(),
    DuesPaymentModel.find({ memberId }).select({ _id: 0, amount: 1, paidAt: 1 }).lean<DebtPayment[]>(),
  ]);
  return { accruals, payments };
}
