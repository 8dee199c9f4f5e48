import { Bot } from 'grammy';
import type { Logger } from '../api/logger.js';
import { helpFeature } from './features/help.feature.js';
import { texts } from './texts.js';

export interface BotDeps {
  token: string;
  apiRoot: string;
  log: Logger;
}

/** The bot's table of contents: middlewares, then one composer per feature, then the catch-all. */
export function createBot(deps: BotDeps): Bot {
  const bot = new Bot(deps.token, { client: { apiRoot: deps.apiRoot } });
  bot.use(helpFeature);
  bot.on('message', (ctx) => ctx.reply(texts.unknown));
  bot.catch(async (error) => {
    deps.log.error({ err: error.error, updateId: error.ctx.update.update_id }, 'bot update failed');
    await error.ctx.reply(texts.failure).catch(() => undefined);
  });
  return bot;
}
