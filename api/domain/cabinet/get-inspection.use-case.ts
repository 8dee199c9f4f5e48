import type { Inspection } from '../inspections/inspection.model.js';
import { findInspection } from '../inspections/inspections.repository.js';
import { found } from './found.js';

/** One inspection of the member; another member's inspection is as unknown as a missing one. */
export async function getMemberInspection(memberId: string, inspectionId: string): Promise<Inspection> {
  return found(await findInspection(inspectionId, memberId), 'Проверка не найдена.');
}
