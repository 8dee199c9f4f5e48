import { setTimeout as sleep } from 'node:timers/promises';
import { run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { BotContext } from '../context.js';
import { ALLOWED_UPDATES, prepareBot } from './setup.js';

/** How long stopping waits for the updates in hand; within the process's 10 s to stop. */
const HANDLING_DEADLINE_MS = 8000;

export interface Polling {
  /** Stops fetching and waits (at most 8 s) for the updates in hand to be handled. */
  stop(): Promise<void>;
}

/**
 * Long polling with the runner: updates are fetched continuously and handled concurrently, while `sequentialize`
 * in createBot keeps each chat's updates in order.
 */
export async function startPolling(bot: Bot<BotContext>): Promise<Polling> {
  await prepareBot(bot);
  // A webhook left from webhook mode would make every getUpdates fail with 409.
  await bot.api.deleteWebhook();
  const runner = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } });
  return {
    stop: async () => {
      if (runner.isRunning()) await runner.stop();
      // The runner's stop ends fetching only: updates already taken (and confirmed to Telegram) are still running.
      const deadline = Date.now() + HANDLING_DEADLINE_MS;
      while (runner.size() > 0 && Date.now() < deadline) await sleep(20);
    },
  };
}
