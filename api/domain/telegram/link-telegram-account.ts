import type { AccountHolder } from '../accounts/account-holder.repository.js';
import { openSession, type SessionClient } from '../sessions/sessions.repository.js';
import type { TelegramChat } from './telegram-chat.js';
import { addTelegramLink, type TelegramLink } from './telegram-links.repository.js';
import { revokeTelegramSessions } from './telegram-sessions.repository.js';

export interface TelegramLinked extends AccountHolder {
  /** The bot's session for the person; the token is not stored anywhere. */
  session: { token: string; expiresAt: Date };
  /** All the person's links, the new one included. */
  links: TelegramLink[];
  telegramUserId: number;
}

/**
 * The end of both ways of linking (deep link, e-mail code): the Telegram user is linked once, an earlier bot session of
 * the same user for this person ends, and a new one is opened for the bot.
 */
export async function linkTelegramAccount(
  holder: AccountHolder,
  chat: TelegramChat,
  client: SessionClient,
  now: Date,
): Promise<TelegramLinked> {
  const { representative, member } = holder;
  const links = await addTelegramLink(representative._id, chat, now);
  await revokeTelegramSessions(representative._id, chat.telegramUserId, 'telegram_relinked', now);
  const { token, expiresAt } = await openSession(
    {
      kind: 'representative',
      representativeId: representative._id,
      memberId: member._id,
      telegramUserId: chat.telegramUserId,
    },
    client,
    now,
  );
  return { ...holder, session: { token, expiresAt }, links, telegramUserId: chat.telegramUserId };
}
