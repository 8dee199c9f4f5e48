import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import {
  issueLinkToken,
  linkedAccount,
  newTelegramUser,
  redeem,
  useTelegramApi,
} from './telegram-fixtures.js';

describe('Telegram links and notification settings of the signed-in representative', () => {
  const api = useTelegramApi();
  const get = (path: string, token: string) =>
    request(api.app).get(`/api/v1${path}`).auth(token, { type: 'bearer' });

  it("when the representative lists the links, then each is shown and the calling bot session's own is current", async () => {
    const account = await linkedAccount(api);
    const second = newTelegramUser();
    expect((await redeem(api, { token: await issueLinkToken(api, account.token), ...second })).status).toBe(
      201,
    );

    const fromBot = await get('/telegram/links', account.botSession);
    const fromBrowser = await get('/telegram/links', account.token);

    expect(fromBot.status).toBe(200);
    expect(fromBot.body.links).toEqual([
      { telegramUserId: account.telegramUserId, linkedAt: expect.any(String), current: true },
      { telegramUserId: second.telegramUserId, linkedAt: expect.any(String), current: false },
    ]);
    expect(fromBrowser.body.links.map((link: { current: boolean }) => link.current)).toEqual([false, false]);
  });

  it('when the same Telegram user links again, then there is still one link and the old bot session ends', async () => {
    const account = await linkedAccount(api);

    const again = await redeem(api, {
      token: await issueLinkToken(api, account.token),
      telegramUserId: account.telegramUserId,
      chatId: account.chatId,
    });

    expect(again.status).toBe(201);
    expect(again.body.links).toHaveLength(1);
    expect((await get('/cabinet/summary', account.botSession)).status).toBe(401);
    expect((await get('/cabinet/summary', again.body.session.token)).status).toBe(200);
  });

  it('when a link is ended in the cabinet, then its bot session stops working at once', async () => {
    const account = await linkedAccount(api);

    const ended = await request(api.app)
      .delete(`/api/v1/telegram/links/${account.telegramUserId}`)
      .auth(account.token, { type: 'bearer' });

    expect(ended.status).toBe(204);
    expect((await get('/cabinet/summary', account.botSession)).status).toBe(401);
    expect((await get('/cabinet/summary', account.token)).status).toBe(200);
    expect((await RepresentativeModel.findById(account.representative._id).lean())?.telegram).toEqual([]);
    const missing = await request(api.app)
      .delete(`/api/v1/telegram/links/${account.telegramUserId}`)
      .auth(account.token, { type: 'bearer' });
    expect(missing.status).toBe(404);
    const malformed = await request(api.app)
      .delete('/api/v1/telegram/links/abc')
      .auth(account.token, { type: 'bearer' });
    expect(malformed.status).toBe(400);
  });

  it('when the bot sends /unlink, then the link of its session ends and the session is revoked', async () => {
    const account = await linkedAccount(api);
    const other = newTelegramUser();
    await redeem(api, { token: await issueLinkToken(api, account.token), ...other });

    const unlinked = await request(api.app)
      .post('/api/v1/telegram/unlink')
      .auth(account.botSession, { type: 'bearer' });

    expect(unlinked.status).toBe(204);
    const next = await get('/telegram/links', account.botSession);
    expect(next.status).toBe(401);
    const left = await get('/telegram/links', account.token);
    expect(left.body.links.map((link: { telegramUserId: number }) => link.telegramUserId)).toEqual([
      other.telegramUserId,
    ]);
  });

  it('when /unlink comes from a browser session, then it is refused and nothing changes', async () => {
    const account = await linkedAccount(api);

    const response = await request(api.app)
      .post('/api/v1/telegram/unlink')
      .auth(account.token, { type: 'bearer' });

    expect(response.status).toBe(422);
    expect((await get('/telegram/links', account.token)).body.links).toHaveLength(1);
  });

  it('when the representative is suspended, then the bot session is refused with the reason', async () => {
    const account = await linkedAccount(api);
    await RepresentativeModel.updateOne(
      { _id: account.representative._id },
      { $set: { status: 'suspended' } },
    );

    const response = await get('/cabinet/summary', account.botSession);

    expect(response.status).toBe(403);
    expect(response.body.detail).toContain('Доступ приостановлен');
  });

  it('when settings are changed, then they are kept, the others stay on, and nonsense is refused', async () => {
    const account = await linkedAccount(api);
    const initial = await get('/telegram/settings', account.botSession);
    expect(initial.body).toEqual({
      newLetters: true,
      appealStatus: true,
      eventReminders: true,
      duesDebt: true,
      insuranceExpiry: true,
      reportDeadlines: true,
      odoUsage: true,
    });

    const changed = await request(api.app)
      .put('/api/v1/telegram/settings')
      .auth(account.botSession, { type: 'bearer' })
      .send({ duesDebt: false, eventReminders: false });
    const invalid = await request(api.app)
      .put('/api/v1/telegram/settings')
      .auth(account.botSession, { type: 'bearer' })
      .send({ newLetters: 'yes' });

    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ ...initial.body, duesDebt: false, eventReminders: false });
    expect((await get('/telegram/settings', account.token)).body).toEqual(changed.body);
    expect(invalid.status).toBe(400);
  });
});
