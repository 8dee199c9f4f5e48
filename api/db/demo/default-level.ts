import {
  DEFAULT_RESPONSIBILITY_LEVELS,
  type ResponsibilityLevelSeed,
} from '../../domain/levels/default-responsibility-levels.js';
import type { Fund } from '../../domain/levels/fund.js';

/** A row of the default level table, which is what the demo seeds. */
export function defaultLevel(fund: Fund, level: number): ResponsibilityLevelSeed {
  const row = DEFAULT_RESPONSIBILITY_LEVELS.find(
    (candidate) => candidate.fund === fund && candidate.level === level,
  );
  if (!row) throw new Error(`demo data: no level ${level} in fund ${fund}`);
  return row;
}
