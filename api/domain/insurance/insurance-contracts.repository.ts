import type { Types } from 'mongoose';
import { InsuranceContractModel, type InsuranceContract } from './insurance-contract.model.js';

type Id = Types.ObjectId | string;

/** A member's insurance contracts, the latest expiry first. */
export function listInsuranceContracts(memberId: Id): Promise<InsuranceContract[]> {
  return InsuranceContractModel.find({ memberId }).sort({ validTo: -1, _id: -1 }).lean<InsuranceContract[]>();
}

/** The expiry dates of a member's contracts that end within [from, to]. */
export function listInsuranceExpiries(memberId: Id, from: Date, to: Date): Promise<{ validTo: Date }[]> {
  return InsuranceContractModel.find({ memberId, validTo: { $gte: from, $lte: to } })
    .select({ _id: 0, validTo: 1 })
    .lean<{ validTo: Date }[]>();
}
