import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { Bot } from 'grammy';
import type { BotContext } from '../../../bot/context.js';
import { startPolling } from '../../../bot/runtime/polling.js';
import { startBotApiServer, type BotApiServer } from '../../helpers/bot-api-server.js';

const TOKEN = '123456789:AAH-test_token_of_the_sro_cabinet_bot';

describe('long polling', () => {
  let server: BotApiServer;

  beforeEach(async () => {
    server = await startBotApiServer({ token: TOKEN });
  });

  afterEach(async () => {
    await server.stop();
  });

  it('when stopped while an update is being handled, then stopping waits for its reply', async () => {
    const bot = new Bot<BotContext>(TOKEN, { client: { apiRoot: server.apiRoot } });
    let handling: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (handling = resolve));
    bot.on('message:text', async (ctx) => {
      handling();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await ctx.reply('Ответ после паузы');
    });
    const polling = await startPolling(bot);
    server.userSends('Добрый день');
    await started;

    await polling.stop();

    expect(server.callsOf('sendMessage').map((call) => call.params.text)).toEqual(['Ответ после паузы']);
  });
});
