import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import type { AuditAction } from '../audit/audit-actions.js';
import type { Representative } from './representative.model.js';

/** Records what staff saw or did with a representative's account (152-FZ); `changes` names fields, not values. */
export function auditRepresentative(
  context: AuditContext,
  action: AuditAction & `representative.${string}`,
  representative: Pick<Representative, '_id' | 'memberId'>,
  changes?: Record<string, unknown>,
): Promise<void> {
  return recordAudit(context, {
    action,
    target: { kind: 'representative', id: representative._id, memberId: representative.memberId },
    ...(changes ? { changes } : {}),
  });
}
