import { guardWrite } from '../registry/document-changes.js';
import { findPage } from '../shared/find-page.js';
import { isDuplicateKeyError } from '../shared/mongo-errors.js';
import type { Page, PageRequest } from '../shared/page.js';
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

/** Every edition, the latest in effect (or to be) first (the `effectiveFrom` index). */
export function findRegulationPage(pageRequest: PageRequest): Promise<Page<RegulationVersion>> {
  return findPage(RegulationVersionModel, { filter: {}, sort: { effectiveFrom: -1, _id: -1 } }, pageRequest);
}

export type NewRegulationVersion = Pick<RegulationVersion, 'version' | 'title' | 'effectiveFrom'> & {
  text: string | null;
  url: string | null;
};

export function insertRegulationVersion(edition: NewRegulationVersion): Promise<RegulationVersion> {
  return guardWrite(
    async () => (await RegulationVersionModel.create(edition)).toObject() as RegulationVersion,
    'Редакция Регламента с таким номером уже опубликована.',
  );
}
