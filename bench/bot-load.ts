import type { Bot, Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { BotContext } from '../bot/context.js';
import { startPolling } from '../bot/runtime/polling.js';
import { startBotApiStandIn } from './bot-api-stand-in.js';

/** Requests in flight for the API call measured alone. */
export const CONCURRENCY = 32;
const WARM_UP_MS = 2000;
const DURATION_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
export async function perSecond(task: () => Promise<unknown>): Promise<number> {
  const run = async (until: number) => {
    let handled = 0;
    const worker = async () => {
      while (Date.now() < until) {
        await task();
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

/**
 * Replies per second of a bot polling with startPolling a Bot API stand-in that hands out `text` from the users without
 * end; an update counts as handled when its reply reaches the stand-in.
 */
export async function repliesPerSecond(
  botInfo: UserFromGetMe,
  text: string,
  createBot: (apiRoot: string) => Bot<BotContext>,
): Promise<number> {
  const standIn = await startBotApiStandIn({ botInfo, text });
  try {
    const bot = createBot(standIn.apiRoot);
    let failed = 0;
    const reportError = bot.errorHandler;
    // createBot answers a failed update too, and that reply must not count as handled.
    bot.catch((error) => {
      failed += 1;
      return reportError(error);
    });
    const polling = await startPolling(bot);
    await sleep(WARM_UP_MS);
    const before = await standIn.counts();
    const started = performance.now();
    await sleep(DURATION_MS);
    const after = await standIn.counts();
    const rate = (after.replies - before.replies) / ((performance.now() - started) / 1000);
    await standIn.stopUpdates();
    await polling.stop();
    const { replies, delivered } = await standIn.counts();
    if (failed > 0 || replies < delivered) {
      throw new Error(`«${text}»: ${failed} updates failed, ${delivered - replies} left without a reply`);
    }
    return rate;
  } finally {
    await standIn.stop();
  }
}
