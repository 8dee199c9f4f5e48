import type { Types } from 'mongoose';
import { DomainError } from '../shared/domain-error.js';
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

export const levelNotFound = () =>
  new DomainError('not_found', 'Строка таблицы уровней ответственности не найдена.');

export function findResponsibilityLevelById(
  id: Types.ObjectId | string,
): Promise<ResponsibilityLevel | null> {
  return ResponsibilityLevelModel.findById(id).lean<ResponsibilityLevel>();
}
