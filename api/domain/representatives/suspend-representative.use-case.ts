import { ACCOUNT_TOKEN_PURPOSES } from '../accounts/account-token.model.js';
import { supersedeAccountTokens } from '../accounts/account-tokens.repository.js';
import type { AuditContext } from '../audit/record-audit.use-case.js';
import { DomainError } from '../shared/domain-error.js';
import type { Representative } from './representative.model.js';
import { auditRepresentative } from './representative-audit.js';
import { requireRepresentative, updateRepresentative } from './representatives.repository.js';

/**
 * Staff block a representative at once and without notice, e.g. on suspicion of unauthorized access (§2.4). Every
 * further call with any of their sessions is refused with the reason (the standing is checked on each call), unused
 * e-mail links stop working, and the sessions end for good when access is restored (see restoreRepresentative).
 */
export async function suspendRepresentative(
  id: string,
  reason: string,
  context: AuditContext,
  now = new Date(),
): Promise<Representative> {
  const representative = await requireRepresentative(id);
  if (representative.status === 'suspended') {
    throw new DomainError('conflict', 'Доступ этого представителя уже приостановлен.');
  }
  const suspended = await updateRepresentative(representative._id, {
    status: 'suspended',
    suspendedAt: now,
    suspendReason: reason,
  });
  await supersedeAccountTokens(representative._id, ACCOUNT_TOKEN_PURPOSES, now);
  await auditRepresentative(context, 'representative.suspended', representative, {
    fields: ['status', 'suspendedAt', 'suspendReason'],
  });
  return suspended;
}
