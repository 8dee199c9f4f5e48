import { randomInt, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { expect } from '@jest/globals';
import { pino } from 'pino';
import request from 'supertest';
import { generateInn } from '../../../api/domain/members/tax-ids.js';
import { botKeyFor } from '../../../api/http/middlewares/bot-key.js';
import { useTestApi, type TestApi } from '../../helpers/api-app.js';
import { createMember, createRepresentative, representativeToken } from '../../helpers/factories.js';

export const BOT_TOKEN = '7000000001:test-token-of-the-telegram-api-suite';
export const BOT_USERNAME = 'sro_cabinet_test_bot';
export const BOT_KEY = { 'X-Bot-Key': botKeyFor(BOT_TOKEN) };

/** A logger whose lines the test can read. */
export function recordingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

/** The app with a bot configured. */
export const useTelegramApi = (overrides: Parameters<typeof useTestApi>[0] = {}) =>
  useTestApi({ botToken: BOT_TOKEN, botUsername: BOT_USERNAME, ...overrides });

/**
 * Rate-limit counters live in the Redis shared by every test file and run, so every person here is new: a fresh
 * Telegram user, INN and e-mail.
 */
export const newTelegramUser = () => {
  const telegramUserId = randomInt(1_000_000, 2 ** 40);
  return { telegramUserId, chatId: telegramUserId };
};

export const uniqueEmail = () => `rep-${randomUUID().slice(0, 8)}@example.ru`;

export async function newAccount(api: TestApi, representative: Record<string, unknown> = {}, member = {}) {
  const createdMember = await createMember({ inn: generateInn('legal', Math.random), ...member });
  const created = await createRepresentative(api.deps.hasher, createdMember._id, {
    email: uniqueEmail(),
    ...representative,
  });
  return { member: createdMember, representative: created, token: await representativeToken(created) };
}

/** A deep-link token issued in the cabinet. */
export async function issueLinkToken(api: TestApi, sessionToken: string): Promise<string> {
  const response = await request(api.app)
    .post('/api/v1/telegram/link-tokens')
    .auth(sessionToken, { type: 'bearer' });
  expect(response.status).toBe(201);
  return response.body.token as string;
}

export const redeem = (api: TestApi, body: Record<string, unknown>) =>
  request(api.app).post('/api/v1/telegram/links').set(BOT_KEY).send(body);

/** A representative linked to a new Telegram user through the deep link, with the bot's session. */
export async function linkedAccount(api: TestApi, representative: Record<string, unknown> = {}) {
  const account = await newAccount(api, representative);
  const chat = newTelegramUser();
  const response = await redeem(api, { token: await issueLinkToken(api, account.token), ...chat });
  expect(response.status).toBe(201);
  return { ...account, ...chat, botSession: response.body.session.token as string };
}
