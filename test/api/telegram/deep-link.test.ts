import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { AuditEntryModel } from '../../../api/domain/audit/audit-entry.model.js';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { hashSecretToken } from '../../../api/domain/shared/secret-token.js';
import { TelegramLinkTokenModel } from '../../../api/domain/telegram/telegram-link-token.model.js';
import { createStaff, staffToken } from '../../helpers/factories.js';
import {
  BOT_KEY,
  BOT_USERNAME,
  issueLinkToken,
  newAccount,
  newTelegramUser,
  redeem,
  useTelegramApi,
} from './telegram-fixtures.js';

describe('linking Telegram by a one-time deep link', () => {
  const api = useTelegramApi();

  it('when a representative asks for a link, then it is a t.me deep link with a QR code, valid for 10 minutes', async () => {
    const { token } = await newAccount(api);
    const before = Date.now();

    const response = await request(api.app)
      .post('/api/v1/telegram/link-tokens')
      .auth(token, { type: 'bearer' });

    expect(response.status).toBe(201);
    expect(response.body.token).toMatch(/^[\w-]{1,64}$/);
    expect(response.body.deepLink).toBe(`https://t.me/${BOT_USERNAME}?start=${response.body.token}`);
    expect(response.body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const expiresIn = new Date(response.body.expiresAt).getTime() - before;
    expect(expiresIn).toBeGreaterThan(9 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(10 * 60_000 + 1_000);
    expect(await TelegramLinkTokenModel.exists({ _id: response.body.token })).toBeNull();
    expect(await TelegramLinkTokenModel.exists({ _id: hashSecretToken(response.body.token) })).not.toBeNull();
  });

  it('when the bot redeems the link, then Telegram is linked and its session opens the cabinet', async () => {
    const { member, representative, token } = await newAccount(api);
    const chat = newTelegramUser();

    const response = await redeem(api, { token: await issueLinkToken(api, token), ...chat });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      representative: { id: String(representative._id), fullName: representative.fullName },
      member: { id: String(member._id), shortName: member.shortName, inn: member.inn },
      links: [{ telegramUserId: chat.telegramUserId, current: true }],
    });
    const summary = await request(api.app)
      .get('/api/v1/cabinet/summary')
      .auth(response.body.session.token, { type: 'bearer' });
    expect(summary.status).toBe(200);
    expect(summary.body.company.shortName).toBe(member.shortName);
    const stored = await RepresentativeModel.findById(representative._id).lean();
    expect(stored?.telegram).toEqual([expect.objectContaining({ ...chat, blockedAt: null })]);
  });

  it('when the same link is redeemed again, then it is refused as used (409 link-token-used)', async () => {
    const { token } = await newAccount(api);
    const linkToken = await issueLinkToken(api, token);
    expect((await redeem(api, { token: linkToken, ...newTelegramUser() })).status).toBe(201);

    const again = await redeem(api, { token: linkToken, ...newTelegramUser() });

    expect(again.status).toBe(409);
    expect(again.type).toBe('application/problem+json');
    expect(again.body.type).toMatch(/\/link-token-used$/);
    expect(again.body.detail).toContain('Ссылка уже использована');
  });

  it('when a link is unknown, then it answers like a used one; when malformed, then 400', async () => {
    const unknown = await redeem(api, { token: 'x'.repeat(43), ...newTelegramUser() });
    expect(unknown.status).toBe(409);

    const malformed = await redeem(api, { token: 'not a token!', ...newTelegramUser() });
    expect(malformed.status).toBe(400);
    const tooLong = await redeem(api, { token: 'a'.repeat(65), ...newTelegramUser() });
    expect(tooLong.status).toBe(400);
  });

  it('when the link has expired, then 410 says so', async () => {
    const { token } = await newAccount(api);
    const linkToken = await issueLinkToken(api, token);
    await TelegramLinkTokenModel.updateOne(
      { _id: hashSecretToken(linkToken) },
      { $set: { expiresAt: new Date(Date.now() - 1_000) } },
    );

    const response = await redeem(api, { token: linkToken, ...newTelegramUser() });

    expect(response.status).toBe(410);
    expect(response.body.detail).toContain('Срок действия ссылки истёк');
  });

  it('when 20 redemptions of one link arrive at once, then exactly one links', async () => {
    const { representative, token } = await newAccount(api);
    const linkToken = await issueLinkToken(api, token);

    const answers = await Promise.all(
      Array.from({ length: 20 }, () => redeem(api, { token: linkToken, ...newTelegramUser() })),
    );

    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(19);
    expect((await RepresentativeModel.findById(representative._id).lean())?.telegram).toHaveLength(1);
  });

  it('when the representative was suspended after the link was issued, then the bot is refused with the reason', async () => {
    const { representative, token } = await newAccount(api);
    const linkToken = await issueLinkToken(api, token);
    await RepresentativeModel.updateOne({ _id: representative._id }, { $set: { status: 'suspended' } });

    const response = await redeem(api, { token: linkToken, ...newTelegramUser() });

    expect(response.status).toBe(403);
    expect(response.body.detail).toContain('Доступ приостановлен');
    expect((await RepresentativeModel.findById(representative._id).lean())?.telegram).toEqual([]);
  });

  it('when the bot key is missing or wrong, then the bot routes refuse', async () => {
    const body = { token: 'x'.repeat(43), ...newTelegramUser() };

    const missing = await request(api.app).post('/api/v1/telegram/links').send(body);
    const wrong = await request(api.app)
      .post('/api/v1/telegram/links')
      .set(
        'X-Bot-Key',
        BOT_KEY['X-Bot-Key'].replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
      )
      .send(body);
    const session = await request(api.app)
      .post('/api/v1/telegram/links')
      .auth((await newAccount(api)).token, { type: 'bearer' })
      .send(body);

    expect(missing.status).toBe(401);
    expect(wrong.status).toBe(403);
    expect(session.status).toBe(401);
  });

  it("when staff ask for a representative's link, then they get one and the audit log records it", async () => {
    const { representative } = await newAccount(api);
    const staff = await createStaff(api.deps.hasher, 'expert');

    const response = await request(api.app)
      .post(`/api/v1/staff/representatives/${String(representative._id)}/telegram-link-token`)
      .auth(await staffToken(staff), { type: 'bearer' });

    expect(response.status).toBe(201);
    expect(response.body.deepLink).toBe(`https://t.me/${BOT_USERNAME}?start=${response.body.token}`);
    const audit = await AuditEntryModel.findOne({ action: 'representative.telegram_link_issued' })
      .sort({ _id: -1 })
      .lean();
    expect(String(audit?.target?.id)).toBe(String(representative._id));
    expect(String(audit?.actor?.id)).toBe(String(staff._id));
    expect((await redeem(api, { token: response.body.token, ...newTelegramUser() })).status).toBe(201);
  });

  it('when staff ask for an unknown representative or a representative asks the staff route, then 404 and 403', async () => {
    const staff = await createStaff(api.deps.hasher, 'expert');
    const { representative, token } = await newAccount(api);

    const unknown = await request(api.app)
      .post('/api/v1/staff/representatives/0123456789abcdef01234567/telegram-link-token')
      .auth(await staffToken(staff), { type: 'bearer' });
    const byRepresentative = await request(api.app)
      .post(`/api/v1/staff/representatives/${String(representative._id)}/telegram-link-token`)
      .auth(token, { type: 'bearer' });

    expect(unknown.status).toBe(404);
    expect(byRepresentative.status).toBe(403);
  });
});
