import { DomainError } from '../shared/domain-error.js';
import { findAccountHolder } from './account-holder.repository.js';
import { findPasswordHash } from './credentials.repository.js';
import { dummyPasswordHash } from './dummy-password-hash.js';
import type { PasswordHasher } from './password-hasher.js';
import { assertPasswordAcceptable, passwordOwner } from './password-policy.js';
import { replacePassword } from './replace-password.js';

export interface PasswordChange {
  representativeId: string;
  /** The session asking; it stays signed in, every other one ends. */
  sessionId: string;
  currentPassword: string;
  newPassword: string;
}

/** A signed-in representative changes the password, e.g. after a compromise (§2.3). */
export async function changePassword(
  input: PasswordChange,
  hasher: PasswordHasher,
  now = new Date(),
): Promise<void> {
  const [holder, storedHash] = await Promise.all([
    findAccountHolder(input.representativeId),
    findPasswordHash(input.representativeId),
  ]);
  const matches = await hasher.verify(storedHash ?? (await dummyPasswordHash(hasher)), input.currentPassword);
  if (!holder || !storedHash || !matches) {
    throw new DomainError('invalid', 'Текущий пароль указан неверно.', { field: 'currentPassword' });
  }
  if (input.newPassword === input.currentPassword) {
    throw new DomainError('invalid', 'Новый пароль совпадает с текущим: придумайте другой.', {
      field: 'newPassword',
    });
  }
  assertPasswordAcceptable(input.newPassword, passwordOwner(holder), 'newPassword');
  const passwordHash = await hasher.hash(input.newPassword);
  await replacePassword(holder.representative._id, passwordHash, input.sessionId, now);
}
