import { RegulationVersionModel, type RegulationVersion } from './regulation-version.model.js';

/** The edition a representative accepts: the latest one in effect at `now`; null before the first. */
export function findCurrentRegulation(now: Date): Promise<RegulationVersion | null> {
  return RegulationVersionModel.findOne({ effectiveFrom: { $lte: now } })
    .sort({ effectiveFrom: -1 })
    .lean<RegulationVersion>();
}
