import { setTelegramUserChatBlocked } from './telegram-links.repository.js';

export interface ChatStatusChange {
  telegramUserId: number;
  chatId: number;
  /** `blocked`: the user blocked the bot in this chat; `active`: they unblocked (restarted) it. */
  status: 'blocked' | 'active';
}

/**
 * The Telegram user blocked the bot or unblocked it: pushes to that chat stop, or resume, for every account they have
 * linked. Returns how many accounts that is.
 */
export function recordTelegramChatStatus(change: ChatStatusChange, now = new Date()): Promise<number> {
  return setTelegramUserChatBlocked(
    change.telegramUserId,
    change.chatId,
    change.status === 'blocked' ? now : null,
  );
}
