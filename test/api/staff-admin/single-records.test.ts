import { beforeAll, describe, expect, it } from '@jest/globals';
import { seedResponsibilityLevels } from '../../../api/domain/levels/responsibility-level.repository.js';
import { useRegistryKit } from '../staff-registry/registry-kit.js';

const ABSENT = '0123456789abcdef01234567';

describe('staff admin: single records for the admin app', () => {
  const kit = useRegistryKit();
  let eventId: string;

  beforeAll(async () => {
    await seedResponsibilityLevels();
    const created = await kit.as('expert').post('/api/v1/staff/events').send({
      title: 'Общее собрание членов СРО',
      kind: 'general_assembly',
      startsAt: '2026-05-20T07:00:00Z',
      endsAt: '2026-05-20T10:00:00Z',
    });
    eventId = created.body.id;
  });

  it('when staff open an event, a level row or a staff account by id, then it is the record the list shows', async () => {
    const events = await kit.as('expert').get('/api/v1/staff/events');
    const event = await kit.as('expert').get(`/api/v1/staff/events/${eventId}`);
    expect(event.status).toBe(200);
    expect(event.body).toEqual(events.body.items.find((item: { id: string }) => item.id === eventId));
    expect(event.body.title).toBe('Общее собрание членов СРО');

    const levels = await kit.as('expert').get('/api/v1/staff/levels');
    const row = levels.body.items.find((item: { fund: string; level: number }) => item.fund === 'odo');
    const level = await kit.as('expert').get(`/api/v1/staff/levels/${row.id}`);
    expect(level.status).toBe(200);
    expect(level.body).toEqual(row);

    const staff = await kit.as('admin').get('/api/v1/staff/staff-users?perPage=100');
    const expertRow = staff.body.items.find((item: { id: string }) => item.id === String(kit.expert._id));
    const expert = await kit.as('admin').get(`/api/v1/staff/staff-users/${String(kit.expert._id)}`);
    expect(expert.status).toBe(200);
    expect(expert.body).toEqual(expertRow);
    expect(JSON.stringify(expert.body)).not.toMatch(/password/i);
  });

  it('when an admin opens a staff account, then the look is in the audit log', async () => {
    await kit.as('admin').get(`/api/v1/staff/staff-users/${String(kit.expert._id)}`);
    const audit = await kit.as('admin').get('/api/v1/staff/audit?action=staff_user.read');
    expect(audit.body.items[0]).toMatchObject({
      actor: { kind: 'staff', id: String(kit.admin._id) },
      target: { kind: 'staff_user', id: String(kit.expert._id) },
    });
  });

  it('when the record does not exist, then 404 in Russian; an expert may not open staff accounts', async () => {
    const cases = [
      ['expert', `/api/v1/staff/events/${ABSENT}`, 'Событие не найдено.'],
      ['expert', `/api/v1/staff/levels/${ABSENT}`, 'Строка таблицы уровней ответственности не найдена.'],
      ['admin', `/api/v1/staff/staff-users/${ABSENT}`, 'Сотрудник не найден.'],
    ] as const;
    for (const [who, url, detail] of cases) {
      const response = await kit.as(who).get(url);
      expect({ url, status: response.status, detail: response.body.detail }).toEqual({
        url,
        status: 404,
        detail,
      });
    }
    const byExpert = await kit.as('expert').get(`/api/v1/staff/staff-users/${String(kit.admin._id)}`);
    expect(byExpert.status).toBe(403);
  });
});
