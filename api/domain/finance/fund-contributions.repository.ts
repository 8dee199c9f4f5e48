import type { Types } from 'mongoose';
import type { Fund } from '../levels/fund.js';
import { findPage } from '../shared/find-page.js';
import { toKopecks, toRubles } from '../shared/money.js';
import type { Page, PageRequest } from '../shared/page.js';
import { FundContributionModel, type FundContribution } from './fund-contribution.model.js';

type Id = Types.ObjectId | string;

export interface FundContributionFilter {
  memberId: Id;
  fund?: Fund;
}

/** A member's payments into the compensation funds, latest first. */
export function listFundContributions(
  filter: FundContributionFilter,
  page: PageRequest,
): Promise<Page<FundContribution>> {
  return findPage(
    FundContributionModel,
    {
      filter: { memberId: filter.memberId, ...(filter.fund ? { fund: filter.fund } : {}) },
      sort: { paidAt: -1, _id: -1 },
    },
    page,
  );
}

/** How much a member has paid into each fund, summed in kopecks so that the totals do not drift. */
export async function sumFundContributions(memberId: Id): Promise<Record<Fund, number>> {
  const rows = await FundContributionModel.find({ memberId })
    .select({ _id: 0, fund: 1, amount: 1 })
    .lean<{ fund: Fund; amount: number }[]>();
  const kopecks: Record<Fund, number> = { vv: 0, odo: 0 };
  for (const row of rows) kopecks[row.fund] += toKopecks(row.amount);
  return { vv: toRubles(kopecks.vv), odo: toRubles(kopecks.odo) };
}
