import {
  computeOdoObligations,
  type ObligationContract,
  type OdoObligations,
} from '../contracts/odo-obligations.js';
import type { Fund } from '../levels/fund.js';
import type { ResponsibilityLevel } from '../levels/responsibility-level.model.js';

/** The row of the level table for a member's level in a fund; null without a level or when the table lacks it. */
export function levelRow(
  table: readonly ResponsibilityLevel[],
  fund: Fund,
  level: number | null | undefined,
): ResponsibilityLevel | null {
  if (level === null || level === undefined) return null;
  return table.find((row) => row.fund === fund && row.level === level) ?? null;
}

/** Current obligations against the cap of the member's КФ ОДО level (a level missing from the table counts as none). */
export function obligationsAgainstLevel(
  contracts: readonly ObligationContract[],
  odoLevel: ResponsibilityLevel | null,
): OdoObligations {
  return computeOdoObligations(
    contracts,
    odoLevel ? { maxTotalObligations: odoLevel.maxTotalObligations ?? null } : null,
  );
}
