import { findAccountHolder } from '../accounts/account-holder.repository.js';
import { checkAccess } from '../representatives/sign-in-eligibility.js';
import { assignEmailCode, findEmailCode, isEmailCodeUsed } from './telegram-email-codes.repository.js';

export interface TelegramCodeEmail {
  to: string;
  fullName: string;
  memberShortName: string;
  code: string;
  expiresAt: Date;
}

/**
 * The e-mail with a linking code, making the code now so that it exists in plain only in the e-mail. Null when it no
 * longer applies: the code expired or was used, or the person may no longer use the cabinet.
 */
export async function prepareTelegramCodeEmail(
  codeId: string,
  now = new Date(),
): Promise<TelegramCodeEmail | null> {
  const stored = await findEmailCode(codeId);
  if (!stored?.representativeId || stored.expiresAt.getTime() <= now.getTime()) return null;
  if (await isEmailCodeUsed(stored._id)) return null;
  const holder = await findAccountHolder(stored.representativeId);
  if (!holder || !checkAccess({ ...holder, now }).allowed) return null;
  return {
    to: holder.representative.email,
    fullName: holder.representative.fullName,
    memberShortName: holder.member.shortName,
    code: await assignEmailCode(stored._id),
    expiresAt: stored.expiresAt,
  };
}
