import type { Contract, ContractStatus } from '../contracts/contract.model.js';
import { listContracts } from '../contracts/contracts.repository.js';
import type { Page, PageRequest } from '../shared/page.js';

/** The member's ОДО journal, latest contract first, optionally in one status. */
export function listMemberContracts(
  memberId: string,
  status: ContractStatus | undefined,
  page: PageRequest,
): Promise<Page<Contract>> {
  return listContracts({ memberId, status }, page);
}
