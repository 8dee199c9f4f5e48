import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { AccountTokenModel } from '../../../api/domain/accounts/account-token.model.js';
import { RegulationVersionModel } from '../../../api/domain/regulation/regulation-version.model.js';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { hashSecretToken } from '../../../api/domain/shared/secret-token.js';
import { useTestApi } from '../../helpers/api-app.js';
import { useSmtpPeer } from '../../helpers/smtp-peer.js';
import { clientAddress, linkIn, tokenOf } from './accounts-fixtures.js';
import { activationSteps, GOOD_PASSWORD } from './activation-steps.js';

describe('account activation by the e-mailed link', () => {
  const api = useTestApi();
  const smtp = useSmtpPeer();
  const { staffCreatesRepresentative, activationMailFor, submit } = activationSteps(api, smtp);

  it('when staff create a representative, then the e-mailed link activates the cabinet once and sign-in works', async () => {
    const { member, email, representativeId } = await staffCreatesRepresentative();
    const created = await RepresentativeModel.findById(representativeId).lean();
    expect(created?.status).toBe('pending');

    const mail = await activationMailFor(email);
    expect(mail.subject).toBe('Активация личного кабинета члена СРО');
    expect(mail.text).toContain('Сидорова Анна Петровна');
    const link = linkIn(mail);
    expect(link).toMatch(/^\/account\/activate\?token=/);
    const stored = await AccountTokenModel.findById(hashSecretToken(tokenOf(link))).lean();
    expect(stored?.purpose).toBe('activation');
    const lifetime = stored!.expiresAt.getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(71.9 * 3600 * 1000);
    expect(lifetime).toBeLessThanOrEqual(72 * 3600 * 1000);
    expect(JSON.stringify(await AccountTokenModel.find().lean())).not.toContain(tokenOf(link));

    const page = await request(api.app).get(link).set('X-Forwarded-For', clientAddress());
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html');
    expect(page.text).toContain('Сидорова Анна Петровна');
    expect(page.text).toContain(member.shortName);
    expect(page.text).toContain('СС-СРО-ОД-06-2020-01');
    expect(page.text).toContain('Я ознакомлен(а) и согласен(на) с Регламентом');
    expect(page.text).not.toMatch(/<script|style=/);

    const weak = await submit(link, {
      password: 'password123',
      passwordRepeat: 'password123',
      acceptRegulation: 'on',
    });
    expect(weak.status).toBe(422);
    expect(weak.text).toContain('Пароль слишком простой: это распространённый пароль.');
    expect(weak.text).toMatch(/<input[^>]*name="acceptRegulation"[^>]*checked/);
    expect(weak.text).not.toContain('password123');

    const done = await submit(link, {
      password: GOOD_PASSWORD,
      passwordRepeat: GOOD_PASSWORD,
      acceptRegulation: 'on',
    });
    expect(done.status).toBe(200);
    expect(done.text).toContain('Личный кабинет активирован');
    const activated = await RepresentativeModel.findById(representativeId).select('+passwordHash').lean();
    expect(activated).toMatchObject({
      status: 'active',
      acceptedRegulation: { version: 'СС-СРО-ОД-06-2020-01' },
    });
    expect(activated?.emailConfirmedAt).toBeInstanceOf(Date);
    expect(activated?.passwordHash).toMatch(/^\$argon2id\$/);

    const signIn = await request(api.app)
      .post('/api/v1/auth/sign-in')
      .set('X-Forwarded-For', clientAddress())
      .send({ inn: member.inn, password: GOOD_PASSWORD });
    expect(signIn.status).toBe(200);
    expect(signIn.body.representative).toMatchObject({ id: representativeId, status: 'active' });

    const again = await request(api.app).get(link).set('X-Forwarded-For', clientAddress());
    expect(again.status).toBe(410);
    expect(again.text).toContain('Ссылка уже использована');
  });

  it('when an address failed to sign in to the account before, then the activation lifts its limit', async () => {
    const { member, email } = await staffCreatesRepresentative();
    const address = clientAddress();
    const signIn = (body: Record<string, unknown>) =>
      request(api.app).post('/api/v1/auth/sign-in').set('X-Forwarded-For', address).send(body);
    for (const account of [{ inn: member.inn }, { inn: member.inn, email }]) {
      for (let i = 0; i < 5; i += 1)
        expect((await signIn({ ...account, password: `wrong-${i}` })).status).toBe(401);
      expect((await signIn({ ...account, password: GOOD_PASSWORD })).status).toBe(429);
    }

    const link = linkIn(await activationMailFor(email));
    const done = await submit(link, {
      password: GOOD_PASSWORD,
      passwordRepeat: GOOD_PASSWORD,
      acceptRegulation: 'on',
    });
    expect(done.status).toBe(200);

    expect((await signIn({ inn: member.inn, password: GOOD_PASSWORD })).status).toBe(200);
    expect(
      (await signIn({ inn: member.inn, email: email.toUpperCase(), password: GOOD_PASSWORD })).status,
    ).toBe(200);
  });

  it('when the passwords differ or the regulation is not accepted, then the form comes back saying so', async () => {
    const { email } = await staffCreatesRepresentative();
    const link = linkIn(await activationMailFor(email));

    const differ = await submit(link, {
      password: GOOD_PASSWORD,
      passwordRepeat: `${GOOD_PASSWORD}!`,
      acceptRegulation: 'on',
    });
    expect(differ.status).toBe(422);
    expect(differ.text).toContain('Пароли не совпадают');

    const unaccepted = await submit(link, { password: GOOD_PASSWORD, passwordRepeat: GOOD_PASSWORD });
    expect(unaccepted.status).toBe(422);
    expect(unaccepted.text).toContain('Подтвердите, что вы ознакомлены и согласны с Регламентом');
  });

  it('when a new edition of the regulation comes into force while the form is open, then it must be accepted anew', async () => {
    const { email, representativeId } = await staffCreatesRepresentative();
    const link = linkIn(await activationMailFor(email));
    const shown = await request(api.app).get(link).set('X-Forwarded-For', clientAddress());
    const shownVersionId = shown.text.match(/name="regulationVersionId" value="(\w+)"/)![1]!;
    const newEdition = await RegulationVersionModel.create({
      version: `СС-СРО-ОД-06-2026-${Date.now()}`,
      title: 'Регламент, редакция 2',
      text: 'Новый текст Регламента.',
      effectiveFrom: new Date(Date.now() - 1000),
    });

    try {
      const stale = await submit(link, {
        password: GOOD_PASSWORD,
        passwordRepeat: GOOD_PASSWORD,
        acceptRegulation: 'on',
        regulationVersionId: shownVersionId,
      });
      expect(stale.status).toBe(422);
      expect(stale.text).toContain(`Регламент обновлён: действует редакция ${newEdition.version}`);
      expect(stale.text).toContain('Новый текст Регламента.');
      expect(stale.text).not.toMatch(/<input[^>]*name="acceptRegulation"[^>]*checked/);
      expect((await RepresentativeModel.findById(representativeId).lean())?.status).toBe('pending');
    } finally {
      await RegulationVersionModel.deleteOne({ _id: newEdition._id });
    }
  });

  it('when a client activates through the JSON API, then the account is active and the regulation recorded', async () => {
    const { email, representativeId } = await staffCreatesRepresentative();
    const token = tokenOf(linkIn(await activationMailFor(email)));

    const unaccepted = await request(api.app)
      .post('/api/v1/auth/activation')
      .set('X-Forwarded-For', clientAddress())
      .send({ token, password: GOOD_PASSWORD, acceptRegulation: false });
    expect(unaccepted.status).toBe(400);

    const weak = await request(api.app)
      .post('/api/v1/auth/activation')
      .set('X-Forwarded-For', clientAddress())
      .send({ token, password: 'Сидорова1', acceptRegulation: true });
    expect(weak.status).toBe(422);
    expect(weak.body).toMatchObject({
      field: 'password',
      detail: 'Пароль слишком короткий. Не менее 10 символов.',
    });

    const done = await request(api.app)
      .post('/api/v1/auth/activation')
      .set('X-Forwarded-For', clientAddress())
      .send({ token, password: GOOD_PASSWORD, acceptRegulation: true });
    expect(done.status).toBe(200);
    expect((await RepresentativeModel.findById(representativeId).lean())?.status).toBe('active');
  });
});
