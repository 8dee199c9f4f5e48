import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { botKeyFor } from '../../../api/http/middlewares/bot-key.js';
import { useTestApi } from '../../helpers/api-app.js';
import { newAccount, newTelegramUser } from './telegram-fixtures.js';

describe('Telegram routes without a bot token', () => {
  const api = useTestApi();

  it('when the bot calls, then it is told the bot is not configured (503)', async () => {
    const response = await request(api.app)
      .post('/api/v1/telegram/links')
      .set('X-Bot-Key', botKeyFor('1:any-token-at-all'))
      .send({ token: 'x'.repeat(43), ...newTelegramUser() });

    expect(response.status).toBe(503);
    expect(response.body.detail).toBe('Бот не настроен.');
  });

  it('when a representative asks for a deep link, then 503, and the calendar still works', async () => {
    const { token } = await newAccount(api);

    const link = await request(api.app).post('/api/v1/telegram/link-tokens').auth(token, { type: 'bearer' });
    const calendar = await request(api.app)
      .get('/api/v1/calendar/subscription')
      .auth(token, { type: 'bearer' });

    expect(link.status).toBe(503);
    expect(calendar.status).toBe(200);
  });
});
