import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { TEST_PUBLIC_URL, useTestApi } from '../../helpers/api-app.js';
import { createStaff, staffToken } from '../../helpers/factories.js';

describe('changes made with the session cookie', () => {
  const api = useTestApi();
  let cookie: string;
  let token: string;

  beforeAll(async () => {
    token = await staffToken(await createStaff(api.deps.hasher, 'admin'));
    cookie = `sid=${token}`;
  });

  const postEvent = () =>
    request(api.app).post('/api/v1/staff/events').send({
      title: 'Семинар',
      kind: 'seminar',
      startsAt: '2027-01-10T10:00:00+03:00',
      endsAt: '2027-01-10T12:00:00+03:00',
    });

  it('when another site posts with the cookie, then 403 and nothing is created', async () => {
    const response = await postEvent().set('Cookie', cookie).set('Origin', 'https://evil.example');
    expect(response.status).toBe(403);
    expect(response.body.detail).toMatch(/только со страниц самого кабинета/);
    const list = await request(api.app).get('/api/v1/staff/events').set('Cookie', cookie);
    expect(list.body.total).toBe(0);
  });

  it('when a cookie request carries neither an Origin nor the app header, then 403', async () => {
    expect((await postEvent().set('Cookie', cookie)).status).toBe(403);
  });

  it('when the cabinet`s own page posts with the cookie, or the app sends its header, then it is accepted', async () => {
    const sameOrigin = await postEvent().set('Cookie', cookie).set('Origin', new URL(TEST_PUBLIC_URL).origin);
    expect(sameOrigin.status).toBe(201);
    const byHeader = await postEvent().set('Cookie', cookie).set('X-Requested-With', 'sro-admin');
    expect(byHeader.status).toBe(201);
  });

  it('when a client signs its call with a bearer token, then no Origin is needed', async () => {
    const response = await postEvent()
      .set('Authorization', `Bearer ${token}`)
      .set('Origin', 'https://evil.example');
    expect(response.status).toBe(201);
  });

  it('when another site only reads with the cookie, then the read is not refused here', async () => {
    const response = await request(api.app)
      .get('/api/v1/staff/events')
      .set('Cookie', cookie)
      .set('Origin', 'https://evil.example');
    expect(response.status).toBe(200);
  });
});
