import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { SessionModel } from '../../../api/domain/sessions/session.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import { TEST_PASSWORD, createMember, representativeToken } from '../../helpers/factories.js';
import { useSmtpPeer } from '../../helpers/smtp-peer.js';
import {
  clientAddress,
  createActiveRepresentative,
  dispatchTo,
  linkIn,
  recipientOf,
  signIn as signInTo,
  tokenOf,
  uniqueEmail,
} from './accounts-fixtures.js';

const NEW_PASSWORD = 'Polyn-Kotlovan-Sirin-58';
const TELEGRAM_LINK = { telegramUserId: 5550001, chatId: 5550001, linkedAt: new Date() };

describe('forgotten and changed passwords', () => {
  const api = useTestApi();
  const smtp = useSmtpPeer();

  const activeRepresentative = () =>
    createActiveRepresentative(api.deps.hasher, { telegram: [TELEGRAM_LINK] });

  const mailsTo = (email: string) => smtp.peer.messages.filter((mail) => recipientOf(mail) === email);

  const signIn = (inn: string, password: string, address?: string) =>
    signInTo(api.app, { inn, password }, address);

  const requestReset = (body: Record<string, unknown>) =>
    request(api.app).post('/api/v1/auth/password-reset').set('X-Forwarded-For', clientAddress()).send(body);

  it('when a reset is asked for, then the answer is the same whether or not the INN and e-mail match', async () => {
    const { member, representative } = await activeRepresentative();
    const known = await requestReset({ inn: member.inn, email: representative.email });
    const unknownEmail = await requestReset({ inn: member.inn, email: uniqueEmail() });
    const unknownInn = await requestReset({
      inn: (await createMember()).inn,
      email: representative.email,
    });
    expect(known.status).toBe(202);
    expect(unknownEmail.status).toBe(202);
    expect(unknownEmail.body).toEqual(known.body);
    expect(unknownInn.body).toEqual(known.body);

    await dispatchTo(smtp.peer);
    expect(mailsTo(representative.email)).toHaveLength(1);
  });

  it('when the reset link is followed, then the new password works, every session and Telegram link ends, and the lock is lifted', async () => {
    const { member, representative } = await activeRepresentative();
    const oldSession = await representativeToken(representative);
    const [home, office] = [clientAddress(), clientAddress()];
    for (const address of [home, office]) {
      for (let i = 0; i < 5; i += 1) await signIn(member.inn, `wrong-${i}`, address);
      expect((await signIn(member.inn, TEST_PASSWORD, address)).status).toBe(429);
    }

    await requestReset({ inn: member.inn, email: representative.email });
    await dispatchTo(smtp.peer);
    const [mail] = mailsTo(representative.email);
    expect(mail?.subject).toBe('Смена пароля к личному кабинету члена СРО');
    const link = linkIn(mail!);
    expect(link).toMatch(/^\/account\/reset\?token=/);

    const page = await request(api.app).get(link).set('X-Forwarded-For', clientAddress());
    expect(page.status).toBe(200);
    expect(page.text).toContain(representative.fullName);

    const weak = await request(api.app)
      .post('/account/reset')
      .set('X-Forwarded-For', clientAddress())
      .type('form')
      .send({ token: tokenOf(link), password: member.inn + 'a', passwordRepeat: member.inn + 'a' });
    expect(weak.status).toBe(422);
    expect(weak.text).toContain('Пароль слишком простой: в нём есть ваши данные');

    const done = await request(api.app)
      .post('/account/reset')
      .set('X-Forwarded-For', clientAddress())
      .type('form')
      .send({ token: tokenOf(link), password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD });
    expect(done.status).toBe(200);
    expect(done.text).toContain('Пароль изменён');

    expect((await request(api.app).get('/api/v1/auth/me').auth(oldSession, { type: 'bearer' })).status).toBe(
      401,
    );
    expect((await RepresentativeModel.findById(representative._id).lean())?.telegram).toEqual([]);
    expect((await signIn(member.inn, TEST_PASSWORD, home)).status).toBe(401);
    expect((await signIn(member.inn, NEW_PASSWORD, home)).status).toBe(200);
    expect((await signIn(member.inn, NEW_PASSWORD, office)).status).toBe(200);

    await dispatchTo(smtp.peer);
    const notice = mailsTo(representative.email).find((sent) => sent.subject === 'Пароль изменён');
    expect(notice?.text).toContain('Если пароль меняли не вы');

    const reused = await request(api.app)
      .post('/api/v1/auth/password-reset/confirm')
      .set('X-Forwarded-For', clientAddress())
      .send({ token: tokenOf(link), password: `${NEW_PASSWORD}-2` });
    expect(reused.status).toBe(422);
    expect(reused.body.reason).toBe('token_used');
  });

  it('when a signed-in representative changes the password, then other sessions and Telegram links end and this one goes on', async () => {
    const { member, representative } = await activeRepresentative();
    const current = await representativeToken(representative);
    const other = await representativeToken(representative);

    const wrongCurrent = await request(api.app)
      .post('/api/v1/auth/password')
      .auth(current, { type: 'bearer' })
      .send({ currentPassword: 'not-the-password', newPassword: NEW_PASSWORD });
    expect(wrongCurrent.status).toBe(422);
    expect(wrongCurrent.body).toMatchObject({
      field: 'currentPassword',
      detail: 'Текущий пароль указан неверно.',
    });

    const changed = await request(api.app)
      .post('/api/v1/auth/password')
      .auth(current, { type: 'bearer' })
      .send({ currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(changed.status).toBe(200);

    expect((await request(api.app).get('/api/v1/auth/me').auth(current, { type: 'bearer' })).status).toBe(
      200,
    );
    const ended = await request(api.app).get('/api/v1/auth/me').auth(other, { type: 'bearer' });
    expect(ended.status).toBe(401);
    expect(ended.body.detail).toBe('Сеанс завершён или истёк. Войдите снова.');
    expect((await RepresentativeModel.findById(representative._id).lean())?.telegram).toEqual([]);
    expect(await SessionModel.countDocuments({ representativeId: representative._id, revokedAt: null })).toBe(
      1,
    );
    expect((await signIn(member.inn, NEW_PASSWORD)).status).toBe(200);

    await dispatchTo(smtp.peer);
    expect(mailsTo(representative.email).map((mail) => mail.subject)).toContain('Пароль изменён');
  });

  it('when the new password is weak or the same, then it is refused and nothing changes', async () => {
    const { representative } = await activeRepresentative();
    const token = await representativeToken(representative);
    const change = (newPassword: string) =>
      request(api.app)
        .post('/api/v1/auth/password')
        .auth(token, { type: 'bearer' })
        .send({ currentPassword: TEST_PASSWORD, newPassword });

    const weak = await change('qwertyuiop');
    expect(weak.status).toBe(422);
    expect(weak.body).toMatchObject({ field: 'newPassword' });
    expect(weak.body.detail).toMatch(/^Пароль слишком простой: /);
    expect((await change(TEST_PASSWORD)).body.detail).toContain('совпадает с текущим');
    expect((await RepresentativeModel.findById(representative._id).lean())?.telegram).toHaveLength(1);
  });
});
