import type { AuditContext } from '../audit/record-audit.use-case.js';
import type { Representative } from './representative.model.js';
import { auditRepresentative } from './representative-audit.js';
import { requireRepresentative } from './representatives.repository.js';

/** One representative for staff (personal data, so the look is logged). */
export async function getRepresentative(id: string, context: AuditContext): Promise<Representative> {
  const representative = await requireRepresentative(id);
  await auditRepresentative(context, 'representative.read', representative);
  return representative;
}
