import { Types } from 'mongoose';
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

type Ledger = { accruals: DebtAccrual[]; payments: DebtPayment[] };

type Total = { _id: Types.ObjectId; total: number };

/**
 * What every member was charged with a due date before `dueBefore`, and has paid in all, by member: two aggregations
 * instead of every entry of every ledger.
 */
export async function sumDuesByMember(
  dueBefore: Date,
): Promise<{ accrued: Map<string, number>; paid: Map<string, number> }> {
  const total = { $group: { _id: '$memberId', total: { $sum: '$amount' } } };
  const [accrued, paid] = await Promise.all([
    DuesAccrualModel.aggregate<Total>([{ $match: { dueDate: { $lt: dueBefore } } }, total]),
    DuesPaymentModel.aggregate<Total>([total]),
  ]);
  const byMember = (totals: Total[]) => new Map(totals.map(({ _id, total }) => [String(_id), total]));
  return { accrued: byMember(accrued), paid: byMember(paid) };
}

/** The amounts and dates of several members' ledgers at once (the `memberId` indexes), by member. */
export async function listDuesAmountsOfMembers(memberIds: readonly string[]): Promise<Map<string, Ledger>> {
  const filter = { memberId: { $in: memberIds.map((id) => new Types.ObjectId(id)) } };
  const [accruals, payments] = await Promise.all([
    DuesAccrualModel.find(filter)
      .select({ _id: 0, memberId: 1, amount: 1, dueDate: 1 })
      .lean<(DebtAccrual & { memberId: Types.ObjectId })[]>(),
    DuesPaymentModel.find(filter)
      .select({ _id: 0, memberId: 1, amount: 1, paidAt: 1 })
      .lean<(DebtPayment & { memberId: Types.ObjectId })[]>(),
  ]);
  const ledgers = new Map<string, Ledger>(memberIds.map((id) => [id, { accruals: [], payments: [] }]));
  for (const accrual of accruals) ledgers.get(String(accrual.memberId))?.accruals.push(accrual);
  for (const payment of payments) ledgers.get(String(payment.memberId))?.payments.push(payment);
  return ledgers;
}
