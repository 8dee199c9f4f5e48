import { findInspection } from '../inspections/inspections.repository.js';
import { DomainError } from '../shared/domain-error.js';
import type { AppealDetails } from './appeal-details.schema.js';

const INSPECTION_NOT_FOUND = 'Проверка не найдена: выберите её в разделе «Проверки» вашей организации';

/**
 * The records an appeal cites must be the member's own: another member's inspection is refused exactly as a missing
 * one, so that an appeal neither reveals nor ties itself to what another member has.
 */
export async function checkAppealReferences(appeal: AppealDetails, memberId: string): Promise<void> {
  if (appeal.category === 'inspection' && appeal.details.inspectionId) {
    if (!(await findInspection(appeal.details.inspectionId, memberId))) {
      throw new DomainError('invalid', INSPECTION_NOT_FOUND, {
        errors: [{ path: 'details.inspectionId', message: INSPECTION_NOT_FOUND }],
      });
    }
  }
}
