import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { issueAccountToken } from '../../../api/domain/accounts/account-tokens.repository.js';
import { RegulationVersionModel } from '../../../api/domain/regulation/regulation-version.model.js';
import { startBotApiServer, type BotApiServer } from '../../helpers/bot-api-server.js';
import { BOT_TOKEN, newAccount, newTelegramUser, redeem, useTelegramApi } from './telegram-fixtures.js';

/** The bot's username is not configured here: the API asks the Bot API server for it. */
describe('deep links with the bot username taken from getMe, and on the activation page', () => {
  const api = useTelegramApi();
  let server: BotApiServer;
  beforeAll(async () => {
    server = await startBotApiServer({ token: BOT_TOKEN, botInfo: { username: 'sro_getme_bot' } });
    api.deps.botUsername = null;
    api.deps.botApiRoot = server.apiRoot;
    await RegulationVersionModel.create({
      version: 'СС-СРО-ОД-06-2020-01',
      title: 'Регламент «Личный кабинет члена СРО»',
      url: 'https://sro.example/reglament.pdf',
      effectiveFrom: new Date('2020-11-27'),
    });
  });
  afterAll(() => server.stop());

  it('when links are asked for twice, then the username comes from one getMe call', async () => {
    const { token } = await newAccount(api);
    for (let i = 0; i < 2; i += 1) {
      const response = await request(api.app)
        .post('/api/v1/telegram/link-tokens')
        .auth(token, { type: 'bearer' });
      expect(response.status).toBe(201);
      expect(response.body.deepLink).toMatch(/^https:\/\/t\.me\/sro_getme_bot\?start=[\w-]{43}$/);
    }
    expect(server.callsOf('getMe')).toHaveLength(1);
  });

  it('when a representative activates the account, then the page offers the Telegram deep link and its QR code', async () => {
    const { representative } = await newAccount(api, {
      status: 'pending',
      emailConfirmedAt: null,
      passwordHash: null,
    });
    const { token } = await issueAccountToken(representative._id, 'activation');

    const page = await request(api.app)
      .post('/account/activate')
      .set('X-Forwarded-For', `10.77.${Math.floor(Math.random() * 250)}.9`)
      .type('form')
      .send({
        token,
        password: 'Ekskavator-Zabor-Polyn-91',
        passwordRepeat: 'Ekskavator-Zabor-Polyn-91',
        acceptRegulation: 'on',
      });

    expect(page.status).toBe(200);
    expect(page.text).toContain('Личный кабинет активирован');
    const deepLink = page.text.match(/https:\/\/t\.me\/sro_getme_bot\?start=([\w-]{43})/);
    expect(deepLink).not.toBeNull();
    expect(page.text).toContain('<svg');
    expect((await redeem(api, { token: deepLink![1], ...newTelegramUser() })).status).toBe(201);
  });
});
