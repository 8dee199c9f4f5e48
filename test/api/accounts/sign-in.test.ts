import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { MemberModel } from '../../../api/domain/members/member.model.js';
import { createApp } from '../../../api/http/app.js';
import { useTestApi } from '../../helpers/api-app.js';
import { TEST_PASSWORD, createMember, createRepresentative, createStaff } from '../../helpers/factories.js';
import {
  clientAddress,
  createActiveRepresentative,
  signIn as signInTo,
  uniqueEmail,
} from './accounts-fixtures.js';

const WRONG = 'Неверный ИНН, e-mail или пароль.';

describe('sign-in of representatives and staff', () => {
  const api = useTestApi();
  const activeRepresentative = (overrides?: Record<string, unknown>) =>
    createActiveRepresentative(api.deps.hasher, overrides);
  const signIn = (body: Record<string, unknown>, address?: string) => signInTo(api.app, body, address);

  it('when the password is right, then a session cookie and a bearer token are handed out and /auth/me answers', async () => {
    const { member, representative } = await activeRepresentative();

    const response = await signIn({ inn: member.inn, password: TEST_PASSWORD });

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      representative: { id: String(representative._id), email: representative.email, status: 'active' },
      member: { id: String(member._id), inn: member.inn, shortName: member.shortName },
    });
    const cookie = response.headers['set-cookie']![0]!;
    expect(cookie).toMatch(new RegExp(`^sid=${response.body.token};`));
    expect(cookie).toContain('Max-Age=1209600');
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    expect(new Date(response.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 13 * 24 * 3600 * 1000);

    const me = await request(api.app).get('/api/v1/auth/me').set('Cookie', `sid=${response.body.token}`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ kind: 'representative', member: { inn: member.inn } });
    for (const text of [response.text, me.text]) expect(text).not.toMatch(/argon2|passwordHash/);
  });

  it('when the cabinet is served over HTTPS, then the session cookie is Secure', async () => {
    const { member } = await activeRepresentative();
    const httpsApp = createApp({ ...api.deps, publicUrl: 'https://lk.sro.example' });

    const response = await request(httpsApp)
      .post('/api/v1/auth/sign-in')
      .set('X-Forwarded-For', clientAddress())
      .send({ inn: member.inn, password: TEST_PASSWORD });

    expect(response.status).toBe(200);
    expect(response.headers['set-cookie']![0]).toContain('Secure');
  });

  it('when the INN, the e-mail or the password is wrong, then the answers are identical 401s', async () => {
    const { member, representative } = await activeRepresentative();
    const unknownInn = (await createMember()).inn;
    await MemberModel.deleteOne({ inn: unknownInn });

    const answers = await Promise.all([
      signIn({ inn: member.inn, password: 'Не-тот-пароль-2024' }),
      signIn({ inn: unknownInn, password: TEST_PASSWORD }),
      signIn({ inn: member.inn, email: uniqueEmail(), password: TEST_PASSWORD }),
      signIn({ inn: member.inn, email: representative.email, password: 'Не-тот-пароль-2024' }),
    ]);

    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(answers[0]!.body);
    }
    expect(answers[0]!.body).toMatchObject({ status: 401, detail: WRONG });
  });

  it('when the INN is unknown, then the answer takes about as long as for a wrong password', async () => {
    const { member } = await activeRepresentative();
    const unknownInn = (await createMember()).inn;
    await MemberModel.deleteOne({ inn: unknownInn });
    const timed = async (inn: string) => {
      const started = process.hrtime.bigint();
      expect((await signIn({ inn, password: 'Не-тот-пароль-2024' })).status).toBe(401);
      return Number(process.hrtime.bigint() - started);
    };
    const median = (values: number[]) => values.sort((x, y) => x - y)[1]!;
    await timed(unknownInn);

    const wrongPassword = median([await timed(member.inn), await timed(member.inn), await timed(member.inn)]);
    const unknownAccount = median([
      await timed(unknownInn),
      await timed(unknownInn),
      await timed(unknownInn),
    ]);

    expect(unknownAccount).toBeGreaterThan(wrongPassword * 0.5);
  });

  it('when the member has two representatives and no e-mail is given, then the e-mail is asked for', async () => {
    const { member, representative } = await activeRepresentative();
    await createRepresentative(api.deps.hasher, member._id, { email: uniqueEmail('second') });

    const ambiguous = await signIn({ inn: member.inn, password: TEST_PASSWORD });
    expect(ambiguous.status).toBe(422);
    expect(ambiguous.body).toMatchObject({ needEmail: true, field: 'email' });
    expect(ambiguous.body.detail).toContain('укажите ваш e-mail');

    const precise = await signIn({
      inn: member.inn,
      email: representative.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(precise.status).toBe(200);
    expect(precise.body.representative.id).toBe(String(representative._id));
  });

  it('when the password is right but access is closed, then 403 says why', async () => {
    const excluded = await activeRepresentative();
    await MemberModel.updateOne({ _id: excluded.member._id }, { $set: { status: 'excluded' } });
    const expired = await activeRepresentative({ authorityExpiresAt: new Date('2024-03-01T00:00:00+03:00') });
    const suspended = await activeRepresentative({ status: 'suspended', suspendedAt: new Date() });

    const a = await signIn({ inn: excluded.member.inn, password: TEST_PASSWORD });
    const b = await signIn({ inn: expired.member.inn, password: TEST_PASSWORD });
    const c = await signIn({ inn: suspended.member.inn, password: TEST_PASSWORD });

    expect(a.status).toBe(403);
    expect(a.body.detail).toContain('исключена из членов СРО');
    expect(b.status).toBe(403);
    expect(b.body.detail).toContain('Срок полномочий представителя истёк 01.03.2024');
    expect(c.status).toBe(403);
    expect(c.body.detail).toContain('Доступ приостановлен');
  });

  it('when a representative never activated, then sign-in answers like a wrong password', async () => {
    const { member } = await activeRepresentative({
      status: 'pending',
      emailConfirmedAt: null,
      passwordHash: null,
    });
    const response = await signIn({ inn: member.inn, password: TEST_PASSWORD });
    expect(response.status).toBe(401);
    expect(response.body.detail).toBe(WRONG);
  });

  it('when the body is malformed, then 400 names the fields, never 5xx', async () => {
    const response = await signIn({ inn: '12345', password: '' });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
      'inn',
      'password',
    ]);
    const notJson = await request(api.app)
      .post('/api/v1/auth/sign-in')
      .set('Content-Type', 'application/json')
      .send('{"inn": ');
    expect(notJson.status).toBe(400);
    const wrongTypes = await signIn({ inn: ['7707083893'], email: { $gt: '' }, password: 42 });
    expect(wrongTypes.status).toBe(400);
  });

  it('when staff sign in, then the right password opens a session and a wrong one or a disabled account is refused', async () => {
    const staff = await createStaff(api.deps.hasher, 'admin', { email: uniqueEmail('staff') });
    const disabled = await createStaff(api.deps.hasher, 'expert', {
      email: uniqueEmail('gone'),
      active: false,
    });
    const staffSignIn = (body: Record<string, unknown>) =>
      request(api.app).post('/api/v1/auth/staff/sign-in').set('X-Forwarded-For', clientAddress()).send(body);

    const ok = await staffSignIn({ email: staff.email, password: TEST_PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.staff).toMatchObject({ id: String(staff._id), role: 'admin' });
    expect(ok.text).not.toContain('argon2');
    const me = await request(api.app).get('/api/v1/auth/me').auth(ok.body.token, { type: 'bearer' });
    expect(me.body).toMatchObject({ kind: 'staff', staff: { email: staff.email } });

    const wrong = await staffSignIn({ email: staff.email, password: 'wrong-password' });
    const unknown = await staffSignIn({ email: uniqueEmail('nobody'), password: TEST_PASSWORD });
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body.detail).toBe('Неверный e-mail или пароль.');

    const off = await staffSignIn({ email: disabled.email, password: TEST_PASSWORD });
    expect(off.status).toBe(403);
    expect(off.body.detail).toBe('Учётная запись сотрудника отключена.');
  });
});
