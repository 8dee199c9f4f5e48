import { DomainError } from '../shared/domain-error.js';
import { endTelegramLink } from './end-telegram-link.use-case.js';
import { findSessionTelegramUser } from './telegram-sessions.repository.js';

/** The bot's /unlink: ends the link of the Telegram user the calling session was opened for, and the session. */
export async function unlinkTelegramSession(
  representativeId: string,
  sessionId: string,
  now = new Date(),
): Promise<void> {
  const telegramUserId = await findSessionTelegramUser(sessionId);
  if (telegramUserId === null) {
    throw new DomainError('invalid', 'Этот сеанс открыт не через Telegram: отвязать нечего.');
  }
  await endTelegramLink(representativeId, telegramUserId, now);
}
