import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Bot, BotError } from 'grammy';
import type { Update } from 'grammy/types';
import { createMetrics, type Metrics } from '../../../api/metrics/metrics.js';
import { ApiClient } from '../../../bot/api/api-client.js';
import type { BotContext } from '../../../bot/context.js';
import { createBot } from '../../../bot/index.js';
import { startBotApiServer, type BotApiServer } from '../../helpers/bot-api-server.js';
import { silentLogger } from '../../helpers/silent-logger.js';
import { metricValue } from '../../api/metrics/metric-value.js';
import { newTelegramUser } from './bot-harness.js';

const TOKEN = '7000000456:AAH-bot-metrics-tests_0123456789abcdef';

describe('metrics of the bot role', () => {
  let telegram: BotApiServer;
  let api: ApiClient;
  let bot: Bot<BotContext>;
  let metrics: Metrics;

  beforeAll(async () => {
    telegram = await startBotApiServer({ token: TOKEN });
    // /help needs no answer from the API, so the client's address is never called
    api = new ApiClient({ baseUrl: 'http://127.0.0.1:9/api/v1', botToken: TOKEN });
    metrics = createMetrics();
    bot = createBot({
      token: TOKEN,
      apiRoot: telegram.apiRoot,
      api,
      redis: null,
      log: silentLogger,
      botInfo: telegram.botInfo,
      metrics,
    });
  });
  afterAll(async () => {
    await api.close();
    await telegram.stop();
  });

  /** As the polling runner and the webhook do: an error leaving the middleware goes to the bot's error handler. */
  const handle = (update: Update) =>
    bot.handleUpdate(update).catch((error: BotError<BotContext>) => bot.errorHandler(error));
  const updates = (outcome: string) =>
    metricValue(metrics, 'bot_updates_total', { type: 'message', outcome });

  it('when updates are answered, then they count as handled; when the answer fails, then as failed', async () => {
    const user = newTelegramUser();

    await handle(telegram.userSends('/help', user));
    await handle(telegram.userSends('/help', user));
    telegram.failNext('sendMessage', { error_code: 400, description: 'Bad Request: chat not found' });
    await handle(telegram.userSends('/help', user));

    expect(await updates('handled')).toBe(2);
    expect(await updates('failed')).toBe(1);
    expect(telegram.sentMessages(user.id).length).toBeGreaterThanOrEqual(2);
  });
});
