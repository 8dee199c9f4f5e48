import type { Inspection, InspectionStatus } from '../inspections/inspection.model.js';
import { listInspections } from '../inspections/inspections.repository.js';
import type { Page, PageRequest } from '../shared/page.js';

/** The member's inspections, the latest first, optionally in one status. */
export function listMemberInspections(
  memberId: string,
  status: InspectionStatus | undefined,
  page: PageRequest,
): Promise<Page<Inspection>> {
  return listInspections({ memberId, status }, page);
}
