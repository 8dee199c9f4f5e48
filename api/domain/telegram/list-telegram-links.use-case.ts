import { findSessionTelegramUser } from './telegram-sessions.repository.js';
import { findTelegramLinks, type TelegramLink } from './telegram-links.repository.js';

export interface OwnTelegramLinks {
  links: TelegramLink[];
  /** The Telegram user of the calling session, when the bot is calling. */
  currentTelegramUserId: number | null;
}

/** The representative's Telegram links, so that ones the person does not recognise can be ended. */
export async function listTelegramLinks(
  representativeId: string,
  sessionId: string,
): Promise<OwnTelegramLinks> {
  const [links, currentTelegramUserId] = await Promise.all([
    findTelegramLinks(representativeId),
    findSessionTelegramUser(sessionId),
  ]);
  return { links, currentTelegramUserId };
}
