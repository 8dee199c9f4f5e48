import { tmpdir } from 'node:os';
import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { TelegramEmailCodeModel } from '../../../api/domain/telegram/telegram-email-code.model.js';
import { createEmailChannel } from '../../../jobs/channels/email.channel.js';
import { dispatchOutbox } from '../../../jobs/dispatch-outbox.job.js';
import { TEST_PUBLIC_URL } from '../../helpers/api-app.js';
import { silentLogger } from '../../helpers/silent-logger.js';
import { useSmtpPeer } from '../../helpers/smtp-peer.js';
import { BOT_KEY, newAccount, newTelegramUser, uniqueEmail, useTelegramApi } from './telegram-fixtures.js';

describe('linking Telegram by a code sent to the confirmed e-mail', () => {
  const api = useTelegramApi();
  const smtp = useSmtpPeer();

  const askCode = (body: Record<string, unknown>) =>
    request(api.app).post('/api/v1/telegram/email-codes').set(BOT_KEY).send(body);
  const verify = (body: Record<string, unknown>) =>
    request(api.app).post('/api/v1/telegram/email-codes/verify').set(BOT_KEY).send(body);

  /** Runs the jobs' outbox dispatch and returns the codes mailed to the address. */
  async function mailedCodes(email: string): Promise<string[]> {
    const channel = createEmailChannel({
      smtpUrl: smtp.peer.url,
      from: 'СРО <no-reply@sro.test>',
      dataDir: tmpdir(),
      log: silentLogger,
    });
    await dispatchOutbox({ email: channel, publicUrl: TEST_PUBLIC_URL, log: silentLogger }).finally(() =>
      channel.close(),
    );
    return smtp.peer.messages
      .filter((mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address === email)
      .map((mail) => mail.text?.match(/^\d{6}$/m)?.[0] ?? 'no code');
  }

  async function accountWithCode() {
    const account = await newAccount(api);
    const chat = newTelegramUser();
    const identity = {
      inn: account.member.inn,
      email: account.representative.email,
      telegramUserId: chat.telegramUserId,
    };
    const asked = await askCode(identity);
    expect(asked.status).toBe(202);
    const [code] = await mailedCodes(account.representative.email);
    return { ...account, chat, identity, code: code! };
  }

  it('when the INN and e-mail match, then a code is mailed, and entering it links Telegram with a working session', async () => {
    const { member, representative, chat, identity, code } = await accountWithCode();
    expect(code).toMatch(/^\d{6}$/);
    const stored = await TelegramEmailCodeModel.findOne({ telegramUserId: chat.telegramUserId }).lean();
    expect(JSON.stringify(stored)).not.toContain(code);
    expect(JSON.stringify(stored)).not.toContain(representative.email);

    const linked = await verify({ ...identity, code, chatId: chat.chatId });

    expect(linked.status).toBe(201);
    expect(linked.body.member).toMatchObject({ shortName: member.shortName, inn: member.inn });
    expect(linked.body.links).toEqual([
      expect.objectContaining({ telegramUserId: chat.telegramUserId, current: true }),
    ]);
    const summary = await request(api.app)
      .get('/api/v1/cabinet/summary')
      .auth(linked.body.session.token, { type: 'bearer' });
    expect(summary.status).toBe(200);
    const again = await verify({ ...identity, code, chatId: chat.chatId });
    expect(again.status).toBe(410);
    expect(again.body.detail).toContain('уже использован');
  });

  it('when the answer is the same whether or not the person exists, then nothing is mailed for a stranger', async () => {
    const { member, representative } = await newAccount(api);
    const chat = newTelegramUser();

    const known = await askCode({
      inn: member.inn,
      email: representative.email,
      telegramUserId: newTelegramUser().telegramUserId,
    });
    const stranger = await askCode({
      inn: member.inn,
      email: 'ivanov@example.ru',
      telegramUserId: chat.telegramUserId,
    });

    expect(known.status).toBe(202);
    expect(stranger.status).toBe(202);
    expect(known.body).toEqual({ sentTo: `${representative.email[0]}***@example.ru` });
    expect(stranger.body).toEqual({ sentTo: 'i***@example.ru' });
    expect(await mailedCodes('ivanov@example.ru')).toEqual([]);
    const wrong = await verify({ inn: member.inn, email: 'ivanov@example.ru', code: '123456', ...chat });
    expect(wrong.status).toBe(422);
    expect(wrong.body.detail).toBe('Неверный код. Осталось попыток: 4');
  });

  it('when wrong codes are entered, then the attempts count down and then even the right code is refused', async () => {
    const { chat, identity, code } = await accountWithCode();
    const wrongCode = code === '000000' ? '111111' : '000000';

    const details = [];
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const response = await verify({ ...identity, code: wrongCode, chatId: chat.chatId });
      details.push(`${response.status} ${response.body.detail}`);
    }
    const right = await verify({ ...identity, code, chatId: chat.chatId });

    expect(details).toEqual([
      '422 Неверный код. Осталось попыток: 4',
      '422 Неверный код. Осталось попыток: 3',
      '422 Неверный код. Осталось попыток: 2',
      '422 Неверный код. Осталось попыток: 1',
      '410 Неверный код. Попытки ввода исчерпаны. Запросите новый код.',
    ]);
    expect(right.status).toBe(410);
  });

  it('when the code has expired or another Telegram user enters it, then it is refused', async () => {
    const { chat, identity, code } = await accountWithCode();

    const stranger = await verify({ ...identity, ...newTelegramUser(), code });
    await TelegramEmailCodeModel.updateMany(
      { telegramUserId: chat.telegramUserId },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    const expired = await verify({ ...identity, code, chatId: chat.chatId });

    expect(stranger.status).toBe(410);
    expect(stranger.body.detail).toBe('Код не найден. Запросите новый код.');
    expect(expired.status).toBe(410);
    expect(expired.body.detail).toContain('Срок действия кода истёк');
  });

  it('when codes are asked for too often, then 429 says when to try again', async () => {
    const { member, representative } = await newAccount(api);
    const body = () => ({
      inn: member.inn,
      email: representative.email,
      telegramUserId: newTelegramUser().telegramUserId,
    });
    for (let i = 0; i < 3; i += 1) expect((await askCode(body())).status).toBe(202);

    const limited = await askCode(body());

    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body.detail).toMatch(
      /^Код на этот адрес уже отправлялся несколько раз\. .*через \d+ минут/,
    );
  });

  it('when one Telegram user asks for codes for many addresses, then it is limited too', async () => {
    const { telegramUserId } = newTelegramUser();
    const statuses = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push((await askCode({ inn: '7707083893', email: uniqueEmail(), telegramUserId })).status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('when the representative is suspended, then no code is mailed, and a code mailed before is refused with the reason', async () => {
    const suspended = await newAccount(api, { status: 'suspended' });
    const asked = await askCode({
      inn: suspended.member.inn,
      email: suspended.representative.email,
      telegramUserId: newTelegramUser().telegramUserId,
    });
    expect(asked.status).toBe(202);
    expect(
      await OutboxMessageModel.countDocuments({
        kind: 'email.telegram_code',
        'payload.representativeId': String(suspended.representative._id),
      }),
    ).toBe(0);
    expect(await mailedCodes(suspended.representative.email)).toEqual([]);

    const { representative, chat, identity, code } = await accountWithCode();
    await RepresentativeModel.updateOne({ _id: representative._id }, { $set: { status: 'suspended' } });
    const refused = await verify({ ...identity, code, chatId: chat.chatId });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('Доступ приостановлен');
  });

  it('when the e-mail or the code is malformed, then 400 names the field', async () => {
    const response = await verify({ inn: '12', email: 'nope', code: 'abc', ...newTelegramUser() });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'code',
      'email',
      'inn',
    ]);
  });
});
