import { isDuplicateKeyError } from '../shared/mongo-errors.js';
import { FIRST_EDITION } from './first-edition.js';
import { RegulationVersionModel, type RegulationVersion } from './regulation-version.model.js';

/** The edition a representative accepts: the latest one in effect at `now`; null before the first. */
export function findCurrentRegulation(now: Date): Promise<RegulationVersion | null> {
  return RegulationVersionModel.findOne({ effectiveFrom: { $lte: now } })
    .sort({ effectiveFrom: -1 })
    .lean<RegulationVersion>();
}

/** Publishes the first edition when no edition exists yet, so that accounts can be activated on a new install. */
export async function ensureFirstEdition(): Promise<void> {
  if (await RegulationVersionModel.exists({})) return;
  await RegulationVersionModel.create(FIRST_EDITION).catch((error: unknown) => {
    if (!isDuplicateKeyError(error)) throw error;
  });
}
