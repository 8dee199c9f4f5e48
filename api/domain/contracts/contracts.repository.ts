import type { Types } from 'mongoose';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import { ContractModel, type Contract, type ContractStatus } from './contract.model.js';
import type { ObligationContract } from './odo-obligations.js';

type Id = Types.ObjectId | string;

export interface ContractFilter {
  memberId: Id;
  status?: ContractStatus;
}

/** A member's ОДО journal, latest contract first. */
export function listContracts(filter: ContractFilter, page: PageRequest): Promise<Page<Contract>> {
  return findPage(
    ContractModel,
    {
      filter: { memberId: filter.memberId, ...(filter.status ? { status: filter.status } : {}) },
      sort: { date: -1, _id: -1 },
    },
    page,
  );
}

/** The contracts that make up current obligations, with only the fields the sum needs. */
export function listContractsInForce(memberId: Id): Promise<ObligationContract[]> {
  return ContractModel.find({ memberId, status: 'in_force' })
    .select({ _id: 0, price: 1, status: 1 })
    .lean<ObligationContract[]>();
}

/** Every member's contracts in force, by member, read in one query for overviews across the registry. */
export async function listContractsInForceByMember(): Promise<Map<string, ObligationContract[]>> {
  const contracts = await ContractModel.find({ status: 'in_force' })
    .select({ _id: 0, memberId: 1, price: 1, status: 1 })
    .lean<(ObligationContract & { memberId: Types.ObjectId })[]>();
  const byMember = new Map<string, ObligationContract[]>();
  for (const contract of contracts) {
    const memberId = String(contract.memberId);
    byMember.set(memberId, [...(byMember.get(memberId) ?? []), contract]);
  }
  return byMember;
}
