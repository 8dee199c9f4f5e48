import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { botKeyFor } from '../../../api/http/middlewares/bot-key.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createStaff, staffToken } from '../../helpers/factories.js';
import { newAccount, newTelegramUser } from './telegram-fixtures.js';

const SOME_BOT_KEY = { 'X-Bot-Key': botKeyFor('1:any-token-at-all') };
const NOT_CONFIGURED = {
  type: expect.stringMatching(/\/not-found$/),
  reason: 'bot_not_configured',
  detail: 'Бот Telegram в этом развёртывании не настроен.',
};

/** Every route the bot calls on its own behalf, with a body it would send. */
const BOT_ROUTES: [string, 'post' | 'put', Record<string, unknown>][] = [
  ['/api/v1/telegram/links', 'post', { token: 'x'.repeat(43), ...newTelegramUser() }],
  [
    '/api/v1/telegram/email-codes',
    'post',
    { inn: '7707083893', email: 'a@example.ru', telegramUserId: 1001 },
  ],
  [
    '/api/v1/telegram/email-codes/verify',
    'post',
    { inn: '7707083893', email: 'a@example.ru', telegramUserId: 1001, chatId: 1001, code: '123456' },
  ],
  ['/api/v1/telegram/chat-status', 'put', { telegramUserId: 1001, chatId: 1001, status: 'blocked' }],
];

describe('Telegram routes without a bot token', () => {
  const api = useTestApi();

  it('when a bot route is called without the key, then 401 comes first, whatever the body', async () => {
    for (const [path, method] of BOT_ROUTES) {
      const response = await request(api.app)[method](path).send({ nonsense: true });
      expect([path, response.status, response.body.type]).toEqual([
        path,
        401,
        expect.stringMatching(/\/unauthenticated$/),
      ]);
    }
  });

  it('when a bot route gets a malformed body with a key, then 400 with the field errors', async () => {
    for (const [path, method] of BOT_ROUTES) {
      const response = await request(api.app)[method](path).set(SOME_BOT_KEY).send({ telegramUserId: 'x' });
      expect([path, response.status, response.body.type]).toEqual([
        path,
        400,
        expect.stringMatching(/\/validation$/),
      ]);
    }
  });

  it('when a well-formed bot call arrives, then 404 problem+json says the bot is not configured, not 5xx', async () => {
    for (const [path, method, body] of BOT_ROUTES) {
      const response = await request(api.app)[method](path).set(SOME_BOT_KEY).send(body);
      expect([path, response.status, response.type]).toEqual([path, 404, 'application/problem+json']);
      expect(response.body).toMatchObject(NOT_CONFIGURED);
    }
  });

  it('when a representative asks for a deep link, then 404 names the reason, and the calendar still works', async () => {
    const { token } = await newAccount(api);

    const anonymous = await request(api.app).post('/api/v1/telegram/link-tokens');
    const link = await request(api.app).post('/api/v1/telegram/link-tokens').auth(token, { type: 'bearer' });
    const calendar = await request(api.app)
      .get('/api/v1/calendar/subscription')
      .auth(token, { type: 'bearer' });

    expect(anonymous.status).toBe(401);
    expect([link.status, link.body]).toEqual([404, expect.objectContaining(NOT_CONFIGURED)]);
    expect(calendar.status).toBe(200);
  });

  it('when staff ask for a representative’s deep link, then a bad id is 400 and a good one 404 naming the reason', async () => {
    const staff = await createStaff(api.deps.hasher, 'expert');
    const token = await staffToken(staff);
    const { representative } = await newAccount(api);
    const ask = (id: string) =>
      request(api.app)
        .post(`/api/v1/staff/representatives/${id}/telegram-link-token`)
        .auth(token, { type: 'bearer' });

    expect((await ask('not-an-id')).status).toBe(400);
    const link = await ask(String(representative._id));
    expect([link.status, link.body]).toEqual([404, expect.objectContaining(NOT_CONFIGURED)]);
  });

  it('when the API description is read, then every bot route lists the 404 and none a 503', async () => {
    const { body } = await request(api.app).get('/api/openapi.json');

    for (const [path, method] of BOT_ROUTES) {
      const responses = body.paths[path][method].responses;
      expect([path, Object.keys(responses)]).toEqual([path, expect.arrayContaining(['400', '401', '404'])]);
      expect(responses).not.toHaveProperty('503');
    }
    expect(body.paths['/api/v1/telegram/link-tokens'].post.responses).toHaveProperty('404');
  });
});
