import type { Update } from 'grammy/types';

/**
 * Telegram users the load comes from; their sessions are seeded before the run. So many that each writes far less
 * than once a second, as people do, and Telegram's per-chat limit is not what is measured.
 */
export const USERS = 20_000;

export const userId = (updateId: number) => 900_000_000 + (updateId % USERS);
/** A text message (a command when it starts with /) from one of the users. */
export const textUpdate = (updateId: number, text: string): Update =>
  ({
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId(updateId), type: 'private', first_name: 'Анна' },
      from: { id: userId(updateId), is_bot: false, first_name: 'Анна' },
      text,
      ...(text.startsWith('/')
        ? { entities: [{ type: 'bot_command', offset: 0, length: text.length }] }
        : {}),
    },
  }) as Update;
