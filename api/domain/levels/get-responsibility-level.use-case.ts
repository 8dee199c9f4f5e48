import type { ResponsibilityLevel } from './responsibility-level.model.js';
import { findResponsibilityLevelById, levelNotFound } from './responsibility-level.repository.js';

/** One row of the level table. */
export async function getResponsibilityLevel(id: string): Promise<ResponsibilityLevel> {
  const level = await findResponsibilityLevelById(id);
  if (!level) throw levelNotFound();
  return level;
}
