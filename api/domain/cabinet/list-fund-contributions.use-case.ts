import type { FundContribution } from '../finance/fund-contribution.model.js';
import { listFundContributions } from '../finance/fund-contributions.repository.js';
import type { Fund } from '../levels/fund.js';
import type { Page, PageRequest } from '../shared/page.js';

/** The member's payments into the compensation funds, latest first, optionally into one fund. */
export function listMemberFundContributions(
  memberId: string,
  fund: Fund | undefined,
  page: PageRequest,
): Promise<Page<FundContribution>> {
  return listFundContributions({ memberId, fund }, page);
}
