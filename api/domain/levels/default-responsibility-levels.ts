import type { ResponsibilityLevel } from './responsibility-level.model.js';

export type ResponsibilityLevelSeed = Omit<ResponsibilityLevel, '_id' | 'createdAt' | 'updatedAt'>;

const MILLION = 1_000_000;
const BILLION = 1_000 * MILLION;

function vv(
  level: number,
  title: string,
  maxContractPrice: number | null,
  contribution: number,
): ResponsibilityLevelSeed {
  return { fund: 'vv', level, title, maxContractPrice, contribution, needsReview: true };
}

function odo(
  level: number,
  maxTotalObligations: number | null,
  contribution: number,
): ResponsibilityLevelSeed {
  return {
    fund: 'odo',
    level,
    title: `${level} уровень`,
    maxTotalObligations,
    contribution,
    needsReview: true,
  };
}

/**
 * Seed values of art. 55.16 of the Town-Planning Code (parts 10–13) as known when written: minimum contributions per
 * member and the caps they buy. Marked `needsReview` until staff check them against the current edition of the Code.
 */
export const DEFAULT_RESPONSIBILITY_LEVELS: readonly ResponsibilityLevelSeed[] = [
  vv(0, 'Упрощённый уровень', 10 * MILLION, 50_000),
  vv(1, '1 уровень', 60 * MILLION, 100_000),
  vv(2, '2 уровень', 500 * MILLION, 500_000),
  vv(3, '3 уровень', 3 * BILLION, 1_500_000),
  vv(4, '4 уровень', 10 * BILLION, 2_000_000),
  vv(5, '5 уровень', null, 5_000_000),
  odo(1, 60 * MILLION, 200_000),
  odo(2, 500 * MILLION, 2_500_000),
  odo(3, 3 * BILLION, 4_500_000),
  odo(4, 10 * BILLION, 7_000_000),
  odo(5, null, 25_000_000),
];
