import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createStaff, staffToken } from '../../helpers/factories.js';
import {
  issueLinkToken,
  linkedAccount,
  newTelegramUser,
  redeem,
  useTelegramApi,
} from '../telegram/telegram-fixtures.js';

describe('staff admin: ending a representative`s Telegram links', () => {
  const api = useTelegramApi();
  let staff: string;
  let admin: string;
  beforeAll(async () => {
    staff = await staffToken(await createStaff(api.deps.hasher, 'expert'));
    admin = await staffToken(await createStaff(api.deps.hasher, 'admin'));
  });

  const asStaff = (method: 'get' | 'delete', path: string) =>
    request(api.app)[method](`/api/v1${path}`).auth(staff, { type: 'bearer' });
  const asBot = (session: string) =>
    request(api.app).get('/api/v1/telegram/links').auth(session, { type: 'bearer' });

  it('when staff end the links, then every linked chat loses its bot session, the cabinet session stays, and it is audited', async () => {
    const account = await linkedAccount(api);
    const second = await redeem(api, {
      token: await issueLinkToken(api, account.token),
      ...newTelegramUser(),
    });
    expect(second.status).toBe(201);
    const id = String(account.representative._id);
    expect((await asStaff('get', `/staff/representatives/${id}`)).body.telegramLinks).toBe(2);

    const ended = await asStaff('delete', `/staff/representatives/${id}/telegram-links`);

    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ id, status: 'active', telegramLinks: 0 });
    expect((await asBot(account.botSession)).status).toBe(401);
    expect((await asBot(second.body.session.token)).status).toBe(401);
    expect((await asBot(account.token)).body).toEqual({ links: [] });
    const audit = await request(api.app)
      .get('/api/v1/staff/audit?action=representative.telegram_unlinked')
      .auth(admin, { type: 'bearer' });
    expect(audit.body.items[0]).toMatchObject({
      target: { kind: 'representative', id },
      changes: { links: 2 },
    });
  });

  it('when the representative has no links, then nothing changes; an unknown one is 404', async () => {
    const account = await linkedAccount(api);
    const id = String(account.representative._id);
    await asStaff('delete', `/staff/representatives/${id}/telegram-links`);
    const again = await asStaff('delete', `/staff/representatives/${id}/telegram-links`);
    expect(again.status).toBe(200);
    expect(again.body.telegramLinks).toBe(0);
    const unknown = await asStaff('delete', '/staff/representatives/0123456789abcdef01234567/telegram-links');
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toBe('Представитель не найден.');
  });
});
