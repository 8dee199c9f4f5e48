import type { Types } from 'mongoose';
import { checkAccess } from '../representatives/sign-in-eligibility.js';
import { findAccountHolder, type AccountHolder } from './account-holder.repository.js';
import { ACCOUNT_EMAILS, type AccountEmailKind } from './account-emails.js';
import type { AccountTokenPurpose } from './account-token.model.js';
import { issueAccountToken } from './account-tokens.repository.js';

export interface AccountEmail {
  to: string;
  fullName: string;
  memberShortName: string;
  /** A fresh one-time link token, for the e-mails that carry one. */
  link: { token: string; expiresAt: Date } | null;
}

/** Whether the e-mail still makes sense when the jobs get to it, and which link it carries. */
const RULES: Record<
  AccountEmailKind,
  { stillDue(holder: AccountHolder, now: Date): boolean; link: AccountTokenPurpose | null }
> = {
  [ACCOUNT_EMAILS.activation]: {
    stillDue: ({ member, representative }) =>
      representative.status === 'pending' && member.status !== 'excluded',
    link: 'activation',
  },
  [ACCOUNT_EMAILS.passwordReset]: {
    stillDue: (holder, now) => checkAccess({ ...holder, now }).allowed,
    link: 'password_reset',
  },
  [ACCOUNT_EMAILS.passwordChanged]: { stillDue: () => true, link: null },
};

/**
 * The content of an account e-mail left in the outbox, issuing its one-time link now, so that the plain token exists
 * only in the e-mail. Null when it no longer applies (the person was activated or suspended meanwhile).
 */
export async function prepareAccountEmail(
  kind: AccountEmailKind,
  representativeId: Types.ObjectId | string,
  now = new Date(),
): Promise<AccountEmail | null> {
  const holder = await findAccountHolder(representativeId);
  const rule = RULES[kind];
  if (!holder || !rule.stillDue(holder, now)) return null;
  const { representative, member } = holder;
  return {
    to: representative.email,
    fullName: representative.fullName,
    memberShortName: member.shortName,
    link: rule.link ? await issueAccountToken(representative._id, rule.link, now) : null,
  };
}
