import type { Transformer } from 'grammy';
import type { Update } from 'grammy/types';

/** Telegram users the load comes from; their sessions are seeded before the run. */
export const USERS = 200;
export const CONCURRENCY = 32;
const DURATION_MS = 10_000;

let nextUpdateId = 1;
export const userId = (index: number) => 900_000_000 + (index % USERS);
/** A text message (a command when it starts with /) from one of the users. */
export const textUpdate = (index: number, text: string): Update =>
  ({
    update_id: nextUpdateId++,
    message: {
      message_id: index + 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId(index), type: 'private', first_name: 'Анна' },
      from: { id: userId(index), is_bot: false, first_name: 'Анна' },
      text,
      ...(text.startsWith('/')
        ? { entities: [{ type: 'bot_command', offset: 0, length: text.length }] }
        : {}),
    },
  }) as Update;

/** Answers every outgoing call at once, so that Telegram is not what is measured; reports the messages sent. */
export function answerLocally(onMessage: (chatId: number) => void = () => undefined): Transformer {
  return async (_prev, method, payload) => {
    const chatId = Number((payload as { chat_id?: number }).chat_id ?? 0);
    if (/^(send|edit)Message/.test(method)) onMessage(chatId);
    const message = {
      message_id: 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private' },
    };
    return { ok: true, result: /^(send|edit)/.test(method) ? message : true } as never;
  };
}

/** Tasks done per second with `CONCURRENCY` in flight, after a one-second warm-up. */
export async function perSecond(task: (index: number) => Promise<unknown>): Promise<number> {
  const run = async (until: number) => {
    let handled = 0;
    let index = 0;
    const worker = async () => {
      while (Date.now() < until) {
        await task(index++);
        handled += 1;
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return handled / ((Date.now() - started) / 1000);
  };
  await run(Date.now() + 1000);
  return run(Date.now() + DURATION_MS);
}
