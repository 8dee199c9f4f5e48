import { skipFor, type Page, type PageRequest } from '../shared/page.js';
import type { ResponsibilityLevel } from './responsibility-level.model.js';
import { listResponsibilityLevels } from './responsibility-level.repository.js';

/** The level table (a dozen rows) by fund and level, in the list shape every staff list has. */
export async function listLevelTable(pageRequest: PageRequest): Promise<Page<ResponsibilityLevel>> {
  const rows = await listResponsibilityLevels();
  const start = skipFor(pageRequest);
  return {
    items: rows.slice(start, start + pageRequest.perPage),
    total: rows.length,
    page: pageRequest.page,
    perPage: pageRequest.perPage,
  };
}
