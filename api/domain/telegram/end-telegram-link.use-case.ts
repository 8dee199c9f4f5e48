import { Types } from 'mongoose';
import { DomainError } from '../shared/domain-error.js';
import { removeTelegramLink } from './telegram-links.repository.js';
import { revokeTelegramSessions } from './telegram-sessions.repository.js';

/** Ends one of the person's Telegram links and the bot's sessions bound to it: that chat gets nothing more. */
export async function endTelegramLink(
  representativeId: string,
  telegramUserId: number,
  now = new Date(),
): Promise<void> {
  const id = new Types.ObjectId(representativeId);
  const removed = await removeTelegramLink(id, telegramUserId);
  const revoked = await revokeTelegramSessions(id, telegramUserId, 'telegram_unlinked', now);
  if (!removed && revoked === 0) throw new DomainError('not_found', 'Такой привязки Telegram нет.');
}
