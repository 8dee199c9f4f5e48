import type { PasswordHasher } from '../accounts/password-hasher.js';
import { assertPasswordAcceptable } from '../accounts/password-policy.js';
import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import type { StaffRole, StaffUser } from './staff-user.model.js';
import { insertStaffUser } from './staff-users.repository.js';

export interface NewStaffUser {
  email: string;
  fullName: string;
  role: StaffRole;
  /** The initial password, which the administrator hands over and the employee should change. */
  password: string;
}

/** Opens a staff account; the password must pass the same policy as everyone's and is kept only as a hash. */
export async function createStaffUser(
  { password, ...account }: NewStaffUser,
  hasher: PasswordHasher,
  context: AuditContext,
): Promise<StaffUser> {
  assertPasswordAcceptable(password, { email: account.email, fullName: account.fullName });
  const staffUser = await insertStaffUser({ ...account, passwordHash: await hasher.hash(password) });
  await recordAudit(context, {
    action: 'staff_user.created',
    target: { kind: 'staff_user', id: staffUser._id },
    changes: { fields: Object.keys(account), role: account.role },
  });
  return staffUser;
}
