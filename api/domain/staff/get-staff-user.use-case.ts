import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import type { StaffUser } from './staff-user.model.js';
import { findStaffUserById, staffUserNotFound } from './staff-users.repository.js';

/** One staff account for an administrator; a name and an e-mail are personal data, so the look is logged. */
export async function getStaffUser(id: string, context: AuditContext): Promise<StaffUser> {
  const staffUser = await findStaffUserById(id);
  if (!staffUser) throw staffUserNotFound();
  await recordAudit(context, { action: 'staff_user.read', target: { kind: 'staff_user', id } });
  return staffUser;
}
