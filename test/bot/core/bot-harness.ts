import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from '@jest/globals';
import express, { type RequestHandler } from 'express';
import type { Bot } from 'grammy';
import type { Message } from 'grammy/types';
import { Redis } from 'ioredis';
import { ApiClient } from '../../../bot/api/api-client.js';
import type { BotContext } from '../../../bot/context.js';
import { createBot } from '../../../bot/index.js';
import { startPolling, type Polling } from '../../../bot/runtime/polling.js';
import { WebhookEndpoint } from '../../../bot/runtime/webhook.js';
import { useTestApi, type TestApi } from '../../helpers/api-app.js';
import { startBotApiServer, type BotApiServer, type FromOptions } from '../../helpers/bot-api-server.js';
import { silentLogger } from '../../helpers/silent-logger.js';

export const BOT_TOKEN = '7000000123:AAH-bot-core-tests_0123456789abcdef';
export const SRO_PHONE = '+7 (495) 000-00-00';
const BOT_USERNAME = 'sro_cabinet_test_bot';

/** What the test does to the API behind the bot: slow it down, or make its next answer unreadable. */
class ApiFaults {
  delayMs = 0;
  private garbled = new Set<string>();

  /** The next request to `path` (under /api/v1) answers 200 with a page that is not JSON. */
  garbleNext(path: string): void {
    this.garbled.add(`/api/v1${path}`);
  }

  readonly middleware: RequestHandler = (req, res, next) => {
    if (this.garbled.delete(req.path)) {
      res.status(200).type('html').send('<html>Шлюз</html>');
      return;
    }
    if (this.delayMs > 0) setTimeout(next, this.delayMs);
    else next();
  };
}

export interface BotHarness {
  api: TestApi;
  telegram: BotApiServer;
  faults: ApiFaults;
  bot: Bot<BotContext>;
  /** The HTTP server of the API (and of the webhook in webhook mode). */
  baseUrl: string;
  webhook: WebhookEndpoint;
}

/**
 * The real API app on a loopback port, a local Bot API server, real Redis, and the bot of createBot polling it —
 * or, with `mode: 'webhook'`, taking updates at /telegram/webhook of the API's server as in production.
 */
export function useBotHarness(
  options: { mode: 'polling' | 'webhook'; secretToken?: string } = { mode: 'polling' },
) {
  const api = useTestApi({ botToken: BOT_TOKEN, botUsername: BOT_USERNAME });
  const harness = { api, faults: new ApiFaults(), webhook: new WebhookEndpoint() } as BotHarness;
  let server: http.Server;
  let redis: Redis;
  let polling: Polling | undefined;
  let client: ApiClient | undefined;

  beforeAll(async () => {
    harness.telegram = await startBotApiServer({ token: BOT_TOKEN, botInfo: { username: BOT_USERNAME } });
    const root = express();
    root.use(harness.webhook.router, harness.faults.middleware, api.app);
    server = http.createServer(root);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    harness.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    redis = new Redis(process.env.TEST_REDIS_URL!, { enableAutoPipelining: true });
    client = new ApiClient({ baseUrl: `${harness.baseUrl}/api/v1`, botToken: BOT_TOKEN });
    harness.bot = createBot({
      token: BOT_TOKEN,
      apiRoot: harness.telegram.apiRoot,
      api: client,
      redis,
      log: silentLogger,
      sroPhone: SRO_PHONE,
      redisPrefix: `test:${randomUUID()}:`,
    });
    if (options.mode === 'polling') polling = await startPolling(harness.bot);
    else
      await harness.webhook.attach(harness.bot, {
        publicUrl: harness.baseUrl,
        secretToken: options.secretToken!,
      });
  });

  afterAll(async () => {
    await polling?.stop();
    await client?.close();
    await harness.telegram?.stop();
    await new Promise((resolve) => server?.close(resolve));
    await redis?.quit();
  });
  return harness;
}

let lastUserId = 600_000_000 + Math.floor(Math.random() * 100_000_000);

export type TestUser = FromOptions & { id: number };

/** A Telegram user no other test (nor another test file's rate limits in the shared Redis) has seen. */
export function newTelegramUser(): TestUser {
  lastUserId += 1;
  return { id: lastUserId, from: { id: lastUserId, is_bot: false, first_name: 'Анна', language_code: 'ru' } };
}

const MESSAGE_METHODS = /^(sendMessage|editMessageText)$/;

/** Text of the bot's messages (sent or edited) in a user's chat after call number `since`. */
export function messagesSince(telegram: BotApiServer, since: number, chatId: number): Message[] {
  return telegram.calls
    .slice(since)
    .filter((call) => MESSAGE_METHODS.test(call.method) && call.status === 200)
    .map((call) => call.response?.result as Message)
    .filter((message) => message.chat.id === chatId);
}

/**
 * Does something as the user and resolves with the bot's first message (sent or edited) in the user's chat after it
 * whose text matches `expected`.
 */
export async function botAnswer(
  telegram: BotApiServer,
  user: TestUser,
  act: () => unknown,
  expected: RegExp | string = /./,
): Promise<Message> {
  const since = telegram.calls.length;
  act();
  const call = await telegram.waitFor((candidate, index) => {
    if (index < since || !MESSAGE_METHODS.test(candidate.method) || candidate.status !== 200) return false;
    const message = candidate.response?.result as Message;
    const text = message.text ?? '';
    return (
      message.chat.id === user.id &&
      (typeof expected === 'string' ? text.includes(expected) : expected.test(text))
    );
  }, 10_000);
  return call.response?.result as Message;
}

/** The callback data of the inline buttons of a message, by label. */
export function buttonsOf(message: Message): Record<string, string> {
  const rows = message.reply_markup?.inline_keyboard ?? [];
  return Object.fromEntries(
    rows.flat().map((button) => [button.text, 'callback_data' in button ? (button.callback_data ?? '') : '']),
  );
}
