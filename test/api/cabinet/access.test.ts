import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { useTestApi } from '../../helpers/api-app.js';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import {
  createMember,
  createRepresentative,
  createStaff,
  representativeToken,
  staffToken,
} from '../../helpers/factories.js';

const SOME_ID = '0123456789abcdef01234567';
const ENDPOINTS = [
  '/summary',
  '/card',
  '/work-right',
  '/levels',
  '/obligations',
  '/contracts',
  '/contributions',
  '/dues',
  '/inspections',
  `/inspections/${SOME_ID}`,
  '/insurance',
  '/notifications',
  '/letters',
  `/letters/${SOME_ID}`,
  `/letters/${SOME_ID}/attachments/${SOME_ID}`,
  '/reports',
  '/events',
  '/specialists',
];

describe('cabinet access and input checks', () => {
  const api = useTestApi();
  let token: string;

  beforeAll(async () => {
    const member = await createMember();
    token = await representativeToken(await createRepresentative(api.deps.hasher, member._id));
  });

  const get = (path: string, bearer = token) =>
    request(api.app).get(`/api/v1/cabinet${path}`).set('Authorization', `Bearer ${bearer}`);

  it('when there is no session, then every cabinet address answers 401 with a Russian problem', async () => {
    for (const path of ENDPOINTS) {
      const response = await request(api.app).get(`/api/v1/cabinet${path}`);
      expect([path, response.status]).toEqual([path, 401]);
      expect(response.body.detail).toBe('Войдите в личный кабинет.');
    }
  });

  it('when a staff member calls, then the representative’s cabinet is forbidden', async () => {
    const staff = await staffToken(await createStaff(api.deps.hasher, 'admin'));
    const response = await get('/summary', staff);
    expect(response.status).toBe(403);
  });

  it('when the representative is suspended by staff, then the session already open gets 403 at once, with the reason', async () => {
    const member = await createMember();
    const representative = await createRepresentative(api.deps.hasher, member._id);
    const bearer = await representativeToken(representative);
    expect((await get('/summary', bearer)).status).toBe(200);

    await RepresentativeModel.updateOne(
      { _id: representative._id },
      { status: 'suspended', suspendedAt: new Date() },
    );

    for (const path of ['/summary', '/letters', `/letters/${SOME_ID}`]) {
      const response = await get(path, bearer);
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({
        reason: 'suspended',
        detail: expect.stringMatching(/приостановлен/),
      });
    }
  });

  it('when an id is malformed, then 400 with the field named', async () => {
    for (const path of [
      '/letters/abc',
      '/inspections/zzzzzzzzzzzzzzzzzzzzzzzz',
      `/letters/${SOME_ID}/attachments/not-a-file`,
      `/letters/${SOME_ID}x`,
    ]) {
      const response = await get(path);
      expect([path, response.status]).toEqual([path, 400]);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors[0].message).toBe('Неверный идентификатор');
    }
  });

  it('when a query is malformed, then 400 naming the parameter, never a server error', async () => {
    const cases: [string, string][] = [
      ['/contracts?page=0', 'page'],
      ['/letters?perPage=1000', 'perPage'],
      ['/contracts?page=1&page=2', 'page'],
      ['/contracts?status=signed', 'status'],
      ['/inspections?status=', 'status'],
      ['/contributions?fund=kf', 'fund'],
      ['/reports?status=late', 'status'],
      ['/obligations?price=abc', 'price'],
      ['/obligations?price=-5', 'price'],
      ['/obligations?price=', 'price'],
      ['/dues?recent=0', 'recent'],
      ['/letters?unread=maybe', 'unread'],
      ['/letters?order=oldest', 'order'],
      ['/letters?direction=sideways', 'direction'],
      ['/letters?from=2026-02-30', 'from'],
      ['/letters?from=yesterday', 'from'],
      ['/letters?from=2026-03-02&to=2026-03-01', 'to'],
      ['/events?to=2026-13-01', 'to'],
    ];
    for (const [path, field] of cases) {
      const response = await get(path);
      expect([path, response.status]).toEqual([path, 400]);
      expect(response.body.errors.map((error: { path: string }) => error.path)).toContain(field);
    }
  });
});
