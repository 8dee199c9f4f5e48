import type { Types } from 'mongoose';
import { deleteFeed } from '../calendar/calendar-feeds.repository.js';
import { RepresentativeModel } from '../representatives/representative.model.js';
import { revokeSessions } from '../sessions/sessions.repository.js';
import { ACCOUNT_EMAILS, enqueueAccountEmail } from './account-emails.js';
import { supersedeAccountTokens } from './account-tokens.repository.js';

/**
 * Puts a new password in place after a reset or a change (§2.3: after a compromise): every other session and every
 * Telegram link ends, pending reset links and the calendar address stop working, and the person is told by e-mail.
 */
export async function replacePassword(
  representativeId: Types.ObjectId,
  passwordHash: string,
  keepSessionId: string | null,
  now: Date,
): Promise<void> {
  await RepresentativeModel.updateOne(
    { _id: representativeId },
    { $set: { passwordHash, passwordChangedAt: now, telegram: [] } },
  );
  await revokeSessions(
    keepSessionId ? { representativeId, _id: { $ne: keepSessionId } } : { representativeId },
    'password_changed',
    now,
  );
  await supersedeAccountTokens(representativeId, ['password_reset'], now);
  await deleteFeed(representativeId);
  await enqueueAccountEmail(ACCOUNT_EMAILS.passwordChanged, representativeId, now);
}
