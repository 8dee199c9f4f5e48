import { toKopecks, toRubles } from '../shared/money.js';

/** From this share of the КФ ОДО cap the member is warned that the cap is near. */
export const ODO_WARNING_THRESHOLD_PERCENT = 80;

export interface ObligationContract {
  price: number;
  status: string;
}

/** A КФ ОДО responsibility level; `maxTotalObligations: null` is the highest level, without a cap. */
export interface OdoLevel {
  maxTotalObligations: number | null;
}

export type OdoState = 'ok' | 'warning' | 'exceeded' | 'no_level';

/** Obligations at or past the warning threshold, the cap itself included: the member is warned. */
export const isAboveOdoWarning = (state: OdoState) => state === 'warning' || state === 'exceeded';

export interface OdoObligations {
  total: number;
  /** null: no cap, either because the level is unlimited or because there is no level (see `state`). */
  cap: number | null;
  /** Share of the cap in use, one decimal; null without a finite cap. */
  usagePercent: number | null;
  /** What is left under the cap; null when unlimited, 0 without a level. */
  headroom: number | null;
  state: OdoState;
}

/**
 * Current obligations are the sum of the prices of the competitive-procedure contracts in force (status `in_force`).
 * A contract counts at its full price until it leaves `in_force`: work already done is not subtracted, and completed
 * or terminated contracts do not count. Without a КФ ОДО level a member may not take such contracts at all.
 * The cap may be reached exactly (`warning`); only a total above it is `exceeded`.
 */
export function computeOdoObligations(
  contracts: readonly ObligationContract[],
  level: OdoLevel | null,
): OdoObligations {
  const totalKopecks = contracts
    .filter((contract) => contract.status === 'in_force')
    .reduce((sum, contract) => sum + toKopecks(contract.price), 0);
  const total = toRubles(totalKopecks);
  if (!level) return { total, cap: null, usagePercent: null, headroom: 0, state: 'no_level' };
  if (level.maxTotalObligations === null) {
    return { total, cap: null, usagePercent: null, headroom: null, state: 'ok' };
  }

  const capKopecks = toKopecks(level.maxTotalObligations);
  let state: OdoState = 'ok';
  if (totalKopecks > capKopecks) state = 'exceeded';
  else if (totalKopecks * 100 >= capKopecks * ODO_WARNING_THRESHOLD_PERCENT) state = 'warning';
  return {
    total,
    cap: toRubles(capKopecks),
    usagePercent: Math.round((totalKopecks * 1000) / capKopecks) / 10,
    headroom: toRubles(Math.max(0, capKopecks - totalKopecks)),
    state,
  };
}

/** Whether a new contract of this price still fits under the КФ ОДО cap. */
export function canTakeContract(obligations: OdoObligations, price: number): boolean {
  if (obligations.state === 'no_level') return false;
  return obligations.headroom === null || toKopecks(price) <= toKopecks(obligations.headroom);
}
