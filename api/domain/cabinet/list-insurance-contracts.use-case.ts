import type { InsuranceContract } from '../insurance/insurance-contract.model.js';
import { listInsuranceContracts } from '../insurance/insurance-contracts.repository.js';
import { deadlineOf } from './deadline.js';

export interface InsuranceContractState extends InsuranceContract {
  /** SRO calendar days left until the last day of cover; negative once it has ended. */
  daysLeft: number;
  expired: boolean;
  expiresSoon: boolean;
}

/** The member's insurance contracts, the latest expiry first, each with how soon it ends. */
export async function listMemberInsuranceContracts(
  memberId: string,
  now = new Date(),
): Promise<InsuranceContractState[]> {
  const contracts = await listInsuranceContracts(memberId);
  return contracts.map((contract) => {
    const { daysLeft, passed, soon } = deadlineOf(contract.validTo, now);
    return { ...contract, daysLeft, expired: passed, expiresSoon: soon };
  });
}
