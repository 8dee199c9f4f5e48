import type { AuditContext } from '../audit/record-audit.use-case.js';
import { revokeSessions } from '../sessions/sessions.repository.js';
import { DomainError } from '../shared/domain-error.js';
import type { Representative } from './representative.model.js';
import { auditRepresentative } from './representative-audit.js';
import { requireRepresentative, updateRepresentative } from './representatives.repository.js';

/**
 * Lifts a suspension: an activated person signs in again, one never activated waits for an activation link. Sessions
 * opened before the suspension stay ended, so that whoever was suspected of using them does not get back in.
 */
export async function restoreRepresentative(
  id: string,
  context: AuditContext,
  now = new Date(),
): Promise<Representative> {
  const representative = await requireRepresentative(id);
  if (representative.status !== 'suspended') {
    throw new DomainError('conflict', 'Доступ этого представителя не приостановлен.');
  }
  await revokeSessions({ representativeId: representative._id }, 'suspended', now);
  const restored = await updateRepresentative(representative._id, {
    status: representative.emailConfirmedAt ? 'active' : 'pending',
    suspendedAt: null,
    suspendReason: null,
  });
  await auditRepresentative(context, 'representative.restored', representative, {
    fields: ['status', 'suspendedAt', 'suspendReason'],
  });
  return restored;
}
