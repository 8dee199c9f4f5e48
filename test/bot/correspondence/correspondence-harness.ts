import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from '@jest/globals';
import express, { type RequestHandler } from 'express';
import type { Message } from 'grammy/types';
import { Redis } from 'ioredis';
import request from 'supertest';
import { ApiClient } from '../../../bot/api/api-client.js';
import { createBot } from '../../../bot/index.js';
import { startPolling, type Polling } from '../../../bot/runtime/polling.js';
import { useTestApi, type TestApi } from '../../helpers/api-app.js';
import { startBotApiServer, type BotApiServer, type FromOptions } from '../../helpers/bot-api-server.js';
import { representativeToken } from '../../helpers/factories.js';
import { silentLogger } from '../../helpers/silent-logger.js';
import { botAnswer, buttonsOf, newTelegramUser } from '../core/bot-harness.js';
import { representativeWithLink } from '../core/linking-fixtures.js';

const BOT_TOKEN = '7000000456:AAH-correspondence-tests_0123456789ab';
const BOT_USERNAME = 'sro_cabinet_test_bot';

export interface CorrespondenceHarness {
  api: TestApi;
  telegram: BotApiServer;
  /**
   * The API handles the next request to `path` (under /api/v1) in full, but the bot gets 502 instead of its answer,
   * as when a proxy gives up waiting.
   */
  loseNextAnswer(path: string): void;
  /** Stops the bot (as a process stops) and starts a new instance on the same Redis. */
  restartBot(): Promise<void>;
}

/**
 * The real API app on a loopback port, a local Bot API server, real Redis, and the bot of createBot polling it; the
 * bot can be restarted between steps of a test.
 */
export function useCorrespondenceHarness(): CorrespondenceHarness {
  const api = useTestApi({ botToken: BOT_TOKEN, botUsername: BOT_USERNAME });
  const harness = { api } as CorrespondenceHarness;
  const redisPrefix = `test:${randomUUID()}:`;
  let server: http.Server;
  let redis: Redis;
  let polling: Polling | undefined;
  let client: ApiClient | undefined;

  /** A bot process starting afresh: its own connections to the API, the same Redis. */
  async function startBot(apiBaseUrl: string): Promise<void> {
    client = new ApiClient({ baseUrl: apiBaseUrl, botToken: BOT_TOKEN });
    const bot = createBot({
      token: BOT_TOKEN,
      apiRoot: harness.telegram.apiRoot,
      api: client,
      redis,
      log: silentLogger,
      redisPrefix,
    });
    polling = await startPolling(bot);
  }

  const lost = new Set<string>();
  harness.loseNextAnswer = (path) => lost.add(`/api/v1${path}`);
  const loseAnswers: RequestHandler = (req, res, next) => {
    if (!lost.delete(req.path)) return next();
    const json = res.json.bind(res);
    res.json = () =>
      json.call(res.status(502), { title: 'Bad Gateway', detail: 'Сервис не ответил вовремя.' });
    next();
  };

  beforeAll(async () => {
    harness.telegram = await startBotApiServer({ token: BOT_TOKEN, botInfo: { username: BOT_USERNAME } });
    server = http.createServer(express().use(loseAnswers, api.app));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const apiBaseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
    redis = new Redis(process.env.TEST_REDIS_URL!, { enableAutoPipelining: true });
    await startBot(apiBaseUrl);
    harness.restartBot = async () => {
      await polling?.stop();
      await client?.close();
      await startBot(apiBaseUrl);
    };
  });

  afterAll(async () => {
    await polling?.stop();
    await client?.close();
    await harness.telegram?.stop();
    await new Promise((resolve) => server?.close(resolve));
    redis?.disconnect();
  });
  return harness;
}

/** A Telegram user linked by deep link to a fresh member's representative, and that representative's API session. */
export async function linkedUser(harness: CorrespondenceHarness) {
  const { member, representative, token } = await representativeWithLink(harness.api);
  const user = newTelegramUser();
  await botAnswer(
    harness.telegram,
    user,
    () => harness.telegram.userSends(`/start ${token}`, user),
    'привязан',
  );
  return { member, representative, user, session: await representativeToken(representative) };
}

/** The user's actions and the bot's answers, for one user. */
export function chatWith(harness: CorrespondenceHarness, user: FromOptions & { id: number }) {
  const { telegram } = harness;
  return {
    say: (text: string, expected?: RegExp | string) =>
      botAnswer(telegram, user, () => telegram.userSends(text, user), expected),
    click: (data: string, expected?: RegExp | string) =>
      botAnswer(telegram, user, () => telegram.userClicks(data, user), expected),
    /** Clicks the button labelled `label` on `message`. */
    press: (message: Message, label: string, expected?: RegExp | string) => {
      const data = buttonsOf(message)[label];
      if (data === undefined)
        throw new Error(`no button «${label}» in: ${Object.keys(buttonsOf(message)).join(' | ')}`);
      return botAnswer(
        telegram,
        user,
        () => telegram.userClicks(data, { ...user, messageId: message.message_id }),
        expected,
      );
    },
    sendDocument: (
      fileName: string,
      bytes: Buffer | undefined,
      expected?: RegExp | string,
      fileSize?: number,
    ) =>
      botAnswer(
        telegram,
        user,
        () => telegram.userSendsDocument({ ...user, fileName, bytes, fileSize }),
        expected,
      ),
    sendPhoto: (bytes: Buffer, expected?: RegExp | string) =>
      botAnswer(telegram, user, () => telegram.userSendsPhoto({ ...user, bytes }), expected),
  };
}

/** The member's appeals as its representative sees them through the API. */
export async function appealsOf(harness: CorrespondenceHarness, session: string) {
  const response = await request(harness.api.app)
    .get('/api/v1/appeals')
    .set('Authorization', `Bearer ${session}`)
    .expect(200);
  return response.body.items as { id: string; category: string; registrationNumber: string }[];
}

/** An appeal through the API, with the content of each of its files. */
export async function appealWithFiles(harness: CorrespondenceHarness, session: string, appealId: string) {
  const auth = `Bearer ${session}`;
  const { body: appeal } = await request(harness.api.app)
    .get(`/api/v1/appeals/${appealId}`)
    .set('Authorization', auth)
    .expect(200);
  const files: { filename: string; bytes: Buffer }[] = [];
  for (const file of appeal.files as { fileId: string; filename: string }[]) {
    const response = await request(harness.api.app)
      .get(`/api/v1/appeals/${appealId}/files/${file.fileId}`)
      .set('Authorization', auth)
      .responseType('blob')
      .expect(200);
    files.push({ filename: file.filename, bytes: response.body as Buffer });
  }
  return {
    ...(appeal as { text: string; details: Record<string, unknown>; registrationNumber: string }),
    files,
  };
}

/** Bytes a file sniffer takes for what they claim to be. */
export const samplePdf = () => Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(5000)]);
export const sampleJpeg = () =>
  Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]),
    randomBytes(3000),
  ]);
