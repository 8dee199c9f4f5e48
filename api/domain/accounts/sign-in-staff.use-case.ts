import { openSession, type SessionClient } from '../sessions/sessions.repository.js';
import { DomainError } from '../shared/domain-error.js';
import { StaffUserModel, type StaffUser } from '../staff/staff-user.model.js';
import { findStaffCredentials, withoutPasswordHash } from './credentials.repository.js';
import { dummyPasswordHash } from './dummy-password-hash.js';
import type { PasswordHasher } from './password-hasher.js';
import type { SignedIn } from './sign-in-representative.use-case.js';

/** Staff sign-in by e-mail and password; an unknown e-mail answers like a wrong password, in the same time. */
export async function signInStaff(
  credentials: { email: string; password: string },
  hasher: PasswordHasher,
  client: SessionClient,
  now = new Date(),
): Promise<SignedIn<StaffUser>> {
  const stored = await findStaffCredentials(credentials.email);
  const matches = await hasher.verify(
    stored?.passwordHash ?? (await dummyPasswordHash(hasher)),
    credentials.password,
  );
  if (!stored?.passwordHash || !matches)
    throw new DomainError('unauthenticated', 'Неверный e-mail или пароль.');
  if (!stored.active) throw new DomainError('forbidden', 'Учётная запись сотрудника отключена.');
  await StaffUserModel.updateOne({ _id: stored._id }, { $set: { lastSignInAt: now } });
  const session = await openSession({ kind: 'staff', staffId: stored._id }, client, now);
  return { session, account: { ...withoutPasswordHash(stored), lastSignInAt: now } };
}
