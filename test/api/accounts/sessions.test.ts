import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { MemberModel } from '../../../api/domain/members/member.model.js';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { TEST_PUBLIC_URL, useTestApi } from '../../helpers/api-app.js';
import { createStaff, representativeToken, staffToken, TEST_PASSWORD } from '../../helpers/factories.js';
import { createActiveRepresentative, signIn } from './accounts-fixtures.js';

describe('sessions: sign-out, own sessions and refusals of existing sessions', () => {
  const api = useTestApi();

  const activeRepresentative = () => createActiveRepresentative(api.deps.hasher);

  const me = (token: string) => request(api.app).get('/api/v1/auth/me').auth(token, { type: 'bearer' });

  it('when signing out, then the session ends and the cookie is cleared', async () => {
    const { member } = await activeRepresentative();
    const signedIn = await signIn(api.app, { inn: member.inn, password: TEST_PASSWORD });
    const cookie = `sid=${signedIn.body.token}`;

    const out = await request(api.app)
      .post('/api/v1/auth/sign-out')
      .set('Cookie', cookie)
      .set('Origin', new URL(TEST_PUBLIC_URL).origin);

    expect(out.status).toBe(204);
    expect(out.headers['set-cookie']![0]).toMatch(/^sid=;.*Expires=Thu, 01 Jan 1970/);
    const after = await request(api.app).get('/api/v1/auth/me').set('Cookie', cookie);
    expect(after.status).toBe(401);
    expect((await request(api.app).get('/api/v1/auth/me')).status).toBe(401);
  });

  it('when listing sessions, then only the own live ones come, the current one flagged', async () => {
    const { representative } = await activeRepresentative();
    const stranger = await activeRepresentative();
    const current = await representativeToken(representative);
    await representativeToken(representative);
    await representativeToken(stranger.representative);

    const response = await request(api.app).get('/api/v1/auth/sessions').auth(current, { type: 'bearer' });

    expect(response.status).toBe(200);
    expect(response.body).toHaveLength(2);
    expect(response.body.filter((session: { current: boolean }) => session.current)).toHaveLength(1);
    expect(response.text).not.toContain(current);
  });

  it('when ending a session, then an own one ends and another person’s answers 404 like a missing one', async () => {
    const { representative } = await activeRepresentative();
    const stranger = await activeRepresentative();
    const current = await representativeToken(representative);
    const lostPhone = await representativeToken(representative);
    const strangers = await representativeToken(stranger.representative);
    const sessions = async (token: string) =>
      (await request(api.app).get('/api/v1/auth/sessions').auth(token, { type: 'bearer' })).body as {
        id: string;
        current: boolean;
      }[];
    const lostId = (await sessions(lostPhone)).find((session) => session.current)!.id;
    const strangerId = (await sessions(strangers)).find((session) => session.current)!.id;

    const foreign = await request(api.app)
      .delete(`/api/v1/auth/sessions/${strangerId}`)
      .auth(current, { type: 'bearer' });
    expect(foreign.status).toBe(404);
    expect((await me(strangers)).status).toBe(200);

    const own = await request(api.app)
      .delete(`/api/v1/auth/sessions/${lostId}`)
      .auth(current, { type: 'bearer' });
    expect(own.status).toBe(204);
    expect((await me(lostPhone)).status).toBe(401);
    expect((await me(current)).status).toBe(200);

    const malformed = await request(api.app)
      .delete('/api/v1/auth/sessions/nope')
      .auth(current, { type: 'bearer' });
    expect(malformed.status).toBe(400);
  });

  it('when staff suspend a representative, then the existing session is refused at once with the reason and never comes back', async () => {
    const { member, representative } = await activeRepresentative();
    const session = await representativeToken(representative);
    const staff = await staffToken(await createStaff(api.deps.hasher, 'expert'));
    expect((await me(session)).status).toBe(200);

    const suspended = await request(api.app)
      .post(`/api/v1/staff/representatives/${String(representative._id)}/suspend`)
      .auth(staff, { type: 'bearer' })
      .send({ reason: 'Подозрение на несанкционированный доступ' });
    expect(suspended.status).toBe(200);

    const refused = await me(session);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ reason: 'suspended' });
    expect(refused.body.detail).toContain('Доступ приостановлен сотрудником СРО');

    const restored = await request(api.app)
      .post(`/api/v1/staff/representatives/${String(representative._id)}/restore`)
      .auth(staff, { type: 'bearer' });
    expect(restored.body.status).toBe('active');
    expect((await me(session)).status).toBe(401);
    expect((await signIn(api.app, { inn: member.inn, password: TEST_PASSWORD })).status).toBe(200);
  });

  it('when the member is excluded or the authority expires, then an open session is refused on its next call', async () => {
    const excluded = await activeRepresentative();
    const expiring = await activeRepresentative();
    const excludedSession = await representativeToken(excluded.representative);
    const expiringSession = await representativeToken(expiring.representative);

    await MemberModel.updateOne({ _id: excluded.member._id }, { $set: { status: 'excluded' } });
    await RepresentativeModel.updateOne(
      { _id: expiring.representative._id },
      { $set: { authorityExpiresAt: new Date(Date.now() - 1000) } },
    );

    const a = await me(excludedSession);
    expect(a.status).toBe(403);
    expect(a.body).toMatchObject({ reason: 'member_excluded' });
    const b = await me(expiringSession);
    expect(b.status).toBe(403);
    expect(b.body).toMatchObject({ reason: 'authority_expired' });
  });
});
