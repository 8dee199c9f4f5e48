import { Types } from 'mongoose';
import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { revokeSessions } from '../sessions/sessions.repository.js';
import { DomainError } from '../shared/domain-error.js';
import type { StaffRole, StaffUser } from './staff-user.model.js';
import { applyStaffUserChanges, staffUserNotFound } from './staff-users.repository.js';

export interface StaffUserChanges {
  fullName?: string;
  role?: StaffRole;
  active?: boolean;
}

/** An administrator cannot lock themself out, so the SRO always keeps one who can manage staff. */
function refuseSelfLockout(changes: StaffUserChanges): void {
  if (changes.active === false) {
    throw new DomainError('conflict', 'Нельзя отключить собственную учётную запись.');
  }
  if (changes.role !== undefined && changes.role !== 'admin') {
    throw new DomainError('conflict', 'Нельзя снять с себя роль администратора.');
  }
}

/** Changes a staff account; a deactivated employee's sessions end at once. */
export async function updateStaffUser(
  id: string,
  changes: StaffUserChanges,
  actorStaffId: string,
  context: AuditContext,
): Promise<StaffUser> {
  if (id === actorStaffId) refuseSelfLockout(changes);
  const result = await applyStaffUserChanges(id, { ...changes });
  if (!result) throw staffUserNotFound();
  const endedSessions =
    changes.active === false
      ? await revokeSessions({ staffId: new Types.ObjectId(id) }, 'staff_deactivated')
      : 0;
  await recordAudit(context, {
    action: 'staff_user.updated',
    target: { kind: 'staff_user', id },
    changes: { fields: result.fields, ...(changes.role ? { role: changes.role } : {}), endedSessions },
  });
  return result.staffUser;
}
