import { sumFundContributions } from '../finance/fund-contributions.repository.js';
import { fundShortfall } from '../finance/compensation-fund.js';
import { FUNDS, type Fund } from '../levels/fund.js';
import type { ResponsibilityLevel } from '../levels/responsibility-level.model.js';
import { listResponsibilityLevels } from '../levels/responsibility-level.repository.js';
import { findMemberStanding } from '../members/member-card.repository.js';
import { found, MEMBER_NOT_FOUND } from './found.js';
import { levelRow } from './level-table.js';

export interface FundStanding {
  fund: Fund;
  level: number | null;
  /** The level's row of the table: its cap and the contribution it requires; null without a level. */
  row: ResponsibilityLevel | null;
  paid: number;
  /** What is still to be paid for the current level; null without a level. */
  shortfall: number | null;
}

export interface ResponsibilityLevels {
  funds: FundStanding[];
  table: ResponsibilityLevel[];
}

/** The member's levels in КФ ВВ and КФ ОДО against what it has paid into each fund, and the whole level table. */
export async function getResponsibilityLevels(memberId: string): Promise<ResponsibilityLevels> {
  const [member, table, paid] = await Promise.all([
    findMemberStanding(memberId),
    listResponsibilityLevels(),
    sumFundContributions(memberId),
  ]);
  const levels = found(member, MEMBER_NOT_FOUND).levels ?? {};
  const funds = FUNDS.map((fund): FundStanding => {
    const row = levelRow(table, fund, levels[fund]);
    return {
      fund,
      level: levels[fund] ?? null,
      row,
      paid: paid[fund],
      shortfall: row ? fundShortfall(paid[fund], row.contribution) : null,
    };
  });
  return { funds, table };
}
