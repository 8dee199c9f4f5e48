import type { Types } from 'mongoose';
import { findAccountHolder } from '../accounts/account-holder.repository.js';
import { checkAccess } from '../representatives/sign-in-eligibility.js';
import { DomainError } from '../shared/domain-error.js';
import { insertTelegramLinkToken, type IssuedLinkToken } from './telegram-link-tokens.repository.js';

export interface IssuedTelegramLink extends IssuedLinkToken {
  /** Whose account the link is for. */
  representative: { _id: Types.ObjectId; memberId: Types.ObjectId };
}

/**
 * A one-time deep link that links Telegram to the representative's account without the password ever being typed
 * into a chat. Only an account that may use the cabinet now gets one.
 */
export async function issueTelegramLinkToken(
  representativeId: string,
  now = new Date(),
): Promise<IssuedTelegramLink> {
  const holder = await findAccountHolder(representativeId);
  if (!holder) throw new DomainError('not_found', 'Представитель не найден.');
  const access = checkAccess({ ...holder, now });
  if (!access.allowed) {
    throw new DomainError('invalid', `Привязать Telegram нельзя. ${access.message}`, {
      reason: access.reason,
    });
  }
  const { _id, memberId } = holder.representative;
  return { ...(await insertTelegramLinkToken(_id, now)), representative: { _id, memberId } };
}
