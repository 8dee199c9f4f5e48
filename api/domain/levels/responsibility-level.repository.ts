import { DEFAULT_RESPONSIBILITY_LEVELS } from './default-responsibility-levels.js';
import type { Fund } from './fund.js';
import { ResponsibilityLevelModel, type ResponsibilityLevel } from './responsibility-level.model.js';
import { isDuplicateKeyError } from '../shared/mongo-errors.js';

/** Adds the default levels that are missing and leaves rows staff have edited alone; returns how many were added. */
export async function seedResponsibilityLevels(): Promise<number> {
  let added = 0;
  for (const seed of DEFAULT_RESPONSIBILITY_LEVELS) {
    if (await ResponsibilityLevelModel.exists({ fund: seed.fund, level: seed.level })) continue;
    try {
      await ResponsibilityLevelModel.create(seed);
      added += 1;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
  }
  return added;
}

export function listResponsibilityLevels(): Promise<ResponsibilityLevel[]> {
  return ResponsibilityLevelModel.find().sort({ fund: 1, level: 1 }).lean<ResponsibilityLevel[]>();
}

export function findResponsibilityLevel(fund: Fund, level: number): Promise<ResponsibilityLevel | null> {
  return ResponsibilityLevelModel.findOne({ fund, level }).lean<ResponsibilityLevel>();
}
