import { run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { BotContext } from '../context.js';
import { ALLOWED_UPDATES, prepareBot } from './setup.js';

export interface Polling {
  /** Stops fetching and waits for the updates in hand to be handled. */
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
    },
  };
}
