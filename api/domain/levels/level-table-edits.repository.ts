import type { Types } from 'mongoose';
import { guardWrite, saveChanges } from '../registry/document-changes.js';
import { ResponsibilityLevelModel, type ResponsibilityLevel } from './responsibility-level.model.js';

/** Changes a row of the level table; null when there is no such row. */
export async function applyResponsibilityLevelChanges(
  id: Types.ObjectId | string,
  patch: Record<string, unknown>,
): Promise<{ level: ResponsibilityLevel; fields: string[] } | null> {
  const document = await ResponsibilityLevelModel.findById(id);
  if (!document) return null;
  const fields = await guardWrite(() => saveChanges(document, patch));
  return { level: document.toObject() as ResponsibilityLevel, fields };
}
