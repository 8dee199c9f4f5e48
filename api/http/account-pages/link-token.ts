import { accountTokenRefused } from '../../domain/accounts/account-token-check.js';
import type { AccountTokenPurpose } from '../../domain/accounts/account-token.model.js';
import { linkTokenSchema } from '../auth/auth.schema.js';

/** The token of a link as it came in the address or the form; a mangled one is refused like an unknown one. */
export function linkToken(value: unknown, purpose: AccountTokenPurpose): string {
  const parsed = linkTokenSchema.safeParse(value);
  if (!parsed.success) throw accountTokenRefused(purpose, 'token_unknown');
  return parsed.data;
}
