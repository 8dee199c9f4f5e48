import type { Page, PageRequest } from '../shared/page.js';
import type { RegulationVersion } from './regulation-version.model.js';
import { findCurrentRegulation, findRegulationPage } from './regulation-version.repository.js';

export type ListedRegulationVersion = RegulationVersion & {
  /** The edition representatives accept now (see findCurrentRegulation). */
  current: boolean;
};

/** The regulation's editions, the latest first, the one in force marked. */
export async function listRegulationVersions(
  pageRequest: PageRequest,
  now = new Date(),
): Promise<Page<ListedRegulationVersion>> {
  const [page, current] = await Promise.all([findRegulationPage(pageRequest), findCurrentRegulation(now)]);
  const currentId = current && String(current._id);
  return {
    ...page,
    items: page.items.map((edition) => ({ ...edition, current: String(edition._id) === currentId })),
  };
}
