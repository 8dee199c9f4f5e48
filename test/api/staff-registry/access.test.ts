import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedResponsibilityLevels } from '../../../api/domain/levels/responsibility-level.repository.js';
import { createMember, createRepresentative, representativeToken } from '../../helpers/factories.js';
import { useRegistryKit } from './registry-kit.js';

const REGISTRY_TAGS = [
  'Реестр членов СРО (сотрудники)',
  'Данные членов СРО (сотрудники)',
  'Календарь событий (сотрудники)',
  'Уровни ответственности (сотрудники)',
  'Сотрудники СРО',
  'Журнал аудита',
];

interface Operation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
}

describe('staff registry: who may call it', () => {
  const kit = useRegistryKit();
  let operations: Operation[];
  let memberId: string;

  beforeAll(async () => {
    const document = (await request(kit.app).get('/api/openapi.json')).body as {
      paths: Record<string, Record<string, { tags: string[] }>>;
    };
    memberId = String((await createMember())._id);
    operations = Object.entries(document.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod)
        .filter(([, operation]) => operation.tags.some((tag) => REGISTRY_TAGS.includes(tag)))
        .map(([method]) => ({
          method: method as Operation['method'],
          path: path.replace('/api/v1', '').replace(/\{(\w+)\}/g, memberId),
        })),
    );
  });

  it('when the registry is described, then every one of its routes lies under /staff', () => {
    expect(operations.length).toBeGreaterThanOrEqual(45);
    for (const { path } of operations) expect(path).toMatch(/^\/staff\//);
  });

  it('when a representative`s live session calls any registry route, then 403; without a session, 401', async () => {
    const representative = await createRepresentative(kit.deps.hasher, (await createMember())._id);
    const token = await representativeToken(representative);
    for (const { method, path } of operations) {
      const asRepresentative = await kit.as(token)[method](`/api/v1${path}`).send({});
      expect({ method, path, status: asRepresentative.status }).toEqual({ method, path, status: 403 });
      expect(asRepresentative.body.detail).toBe('Этот раздел вам недоступен.');
      const anonymous = await request(kit.app)[method](`/api/v1${path}`).send({});
      expect({ method, path, status: anonymous.status }).toEqual({ method, path, status: 401 });
    }
  });

  it('when an admin reads every registry list and card, then no answer carries a password hash', async () => {
    await seedResponsibilityLevels();
    await createRepresentative(kit.deps.hasher, (await createMember())._id);
    const event = await kit.as('admin').post('/api/v1/staff/events').send({
      title: 'Семинар',
      kind: 'seminar',
      startsAt: '2026-04-10T07:00:00Z',
      endsAt: '2026-04-10T09:00:00Z',
    });
    const levels = await kit.as('admin').get('/api/v1/staff/levels');
    // a record of another resource than members is read by its own id
    const recordIds: Record<string, string> = {
      events: event.body.id,
      levels: levels.body.items[0].id,
      'staff-users': String(kit.admin._id),
    };
    const reads = operations
      .filter(({ method }) => method === 'get')
      .map(({ path }) =>
        path.replace(
          /^\/staff\/(events|levels|staff-users)\/\w{24}$/,
          (_, resource: string) => `/staff/${resource}/${recordIds[resource]}`,
        ),
      );
    expect(reads.length).toBeGreaterThanOrEqual(16);
    for (const path of reads) {
      const response = await kit.as('admin').get(`/api/v1${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect(response.text).not.toMatch(/passwordHash|\$argon2/);
    }
  });
});
