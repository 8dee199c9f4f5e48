import type { AccountTokenPurpose } from './account-token.model.js';
import { loadTokenHolder } from './account-token-check.js';

export interface AccountLinkDescription {
  memberShortName: string;
  fullName: string;
}

/** Whose one-time link this is, for the page behind it; refuses a link that cannot be used. */
export async function describeAccountLink(
  token: string,
  purpose: AccountTokenPurpose,
  now = new Date(),
): Promise<AccountLinkDescription> {
  const { member, representative } = await loadTokenHolder(token, purpose, now);
  return { memberShortName: member.shortName, fullName: representative.fullName };
}
