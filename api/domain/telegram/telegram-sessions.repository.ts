import type { Types } from 'mongoose';
import { SessionModel } from '../sessions/session.model.js';
import { revokeSessions } from '../sessions/sessions.repository.js';

/** The Telegram user a session was opened for by linking; null for a browser or API session. */
export async function findSessionTelegramUser(sessionId: string): Promise<number | null> {
  const session = await SessionModel.findById(sessionId).select({ telegramUserId: 1 }).lean();
  return session?.telegramUserId ?? null;
}

/** Ends the bot's sessions of a person for one Telegram user. */
export function revokeTelegramSessions(
  representativeId: Types.ObjectId,
  telegramUserId: number,
  reason: string,
  now: Date,
): Promise<number> {
  return revokeSessions({ representativeId, telegramUserId }, reason, now);
}
