import { accountTokenRefused, loadTokenHolder } from './account-token-check.js';
import { spendAccountToken } from './account-tokens.repository.js';
import type { PasswordHasher } from './password-hasher.js';
import { assertPasswordAcceptable, passwordOwner } from './password-policy.js';
import { replacePassword } from './replace-password.js';

/**
 * A new password by the one-time link from the reset e-mail. Every session ends, also the one that asked. Answers the
 * INN and e-mail the account signs in with, so that its failed sign-ins can be forgiven.
 */
export async function resetPassword(
  input: { token: string; password: string },
  hasher: PasswordHasher,
  now = new Date(),
): Promise<{ inn: string; email: string }> {
  const holder = await loadTokenHolder(input.token, 'password_reset', now);
  assertPasswordAcceptable(input.password, passwordOwner(holder));
  const passwordHash = await hasher.hash(input.password);
  if (!(await spendAccountToken(holder.tokenHash, now)))
    throw accountTokenRefused('password_reset', 'token_used');
  await replacePassword(holder.representative._id, passwordHash, null, now);
  return { inn: holder.member.inn, email: holder.representative.email };
}
