import { describe, expect, it } from '@jest/globals';
import { createMember } from '../../helpers/factories.js';
import { useRegistryKit } from './registry-kit.js';

const seminar = (overrides: Record<string, unknown> = {}) => ({
  title: 'Семинар по изменениям ГрК РФ',
  kind: 'seminar',
  startsAt: '2026-04-10T07:00:00Z',
  endsAt: '2026-04-10T09:00:00Z',
  location: 'Москва, ул. Строителей, 1, зал 2',
  videoUrl: 'https://meet.example.ru/seminar-2026-04',
  ...overrides,
});

describe('staff registry: events', () => {
  const kit = useRegistryKit();

  it('when an expert adds an event for some members, then 201 with the audience and an audit entry', async () => {
    const member = await createMember();
    const response = await kit
      .as('expert')
      .post('/api/v1/staff/events')
      .send(seminar({ audience: [String(member._id)] }));
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      kind: 'seminar',
      startsAt: '2026-04-10T07:00:00.000Z',
      audience: [String(member._id)],
      description: '',
    });
    const audit = await kit.as('admin').get(`/api/v1/staff/audit?action=event.created`);
    expect(audit.body.items[0].target).toMatchObject({ kind: 'event', id: response.body.id });
  });

  it('when the end precedes the start, the link is not a web link, the kind unknown or the audience unknown, then it is refused', async () => {
    const backwards = await kit
      .as('expert')
      .post('/api/v1/staff/events')
      .send(seminar({ endsAt: '2026-04-10T06:00:00Z' }));
    expect(backwards.status).toBe(422);
    expect(backwards.body.errors).toEqual([
      { path: 'endsAt', message: 'Событие не может закончиться раньше, чем началось' },
    ]);

    const badInput = await kit
      .as('expert')
      .post('/api/v1/staff/events')
      .send(seminar({ videoUrl: 'javascript:alert(1)', kind: 'party' }));
    expect(badInput.status).toBe(400);
    expect(badInput.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'videoUrl', message: 'Укажите ссылку, начинающуюся с https:// или http://' },
        { path: 'kind', message: 'Допустимые значения: seminar, meeting, session, general_assembly' },
      ]),
    );

    const strangers = await kit
      .as('expert')
      .post('/api/v1/staff/events')
      .send(seminar({ audience: ['0123456789abcdef01234567'] }));
    expect(strangers.status).toBe(422);
    expect(strangers.body.errors[0].path).toBe('audience');
  });

  it('when events are listed for a period of Moscow days, then those overlapping it come by start, paged', async () => {
    const add = (title: string, startsAt: string, endsAt: string) =>
      kit.as('expert').post('/api/v1/staff/events').send(seminar({ title, startsAt, endsAt }));
    await add('Мартовское совещание', '2026-03-20T10:00:00Z', '2026-03-20T12:00:00Z');
    await add('Общее собрание', '2026-05-31T18:00:00Z', '2026-05-31T20:00:00Z');
    await add('Июньский семинар', '2026-05-31T21:00:00Z', '2026-05-31T23:00:00Z');
    await add('Майская сессия', '2026-05-01T10:00:00Z', '2026-05-02T10:00:00Z');

    const period = await kit
      .as('expert')
      .get('/api/v1/staff/events?from=2026-05-01T12:00:00Z&to=2026-05-31&order=asc');
    expect(period.status).toBe(200);
    expect(period.body.items.map((event: { title: string }) => event.title)).toEqual([
      'Майская сессия',
      'Общее собрание',
    ]);

    const page = await kit.as('expert').get('/api/v1/staff/events?perPage=1');
    expect(page.body.total).toBeGreaterThanOrEqual(5);
    expect(page.body.items.map((event: { title: string }) => event.title)).toEqual(['Июньский семинар']);

    const reversed = await kit.as('expert').get('/api/v1/staff/events?from=2026-06-01&to=2026-05-01');
    expect(reversed.body.items).toEqual([]);
  });

  it('when an event is changed or deleted, then the change is checked against the stored start and audited', async () => {
    const created = await kit
      .as('expert')
      .post('/api/v1/staff/events')
      .send(seminar({ title: 'Заседание' }));
    const url = `/api/v1/staff/events/${created.body.id as string}`;
    const moved = await kit.as('expert').patch(url).send({ endsAt: '2026-04-10T11:00:00Z', location: '' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ endsAt: '2026-04-10T11:00:00.000Z', location: null });
    const tooEarly = await kit.as('expert').patch(url).send({ endsAt: '2026-04-09T11:00:00Z' });
    expect(tooEarly.status).toBe(422);

    expect((await kit.as('expert').delete(url)).status).toBe(204);
    expect((await kit.as('expert').delete(url)).status).toBe(404);
    const audit = await kit.as('admin').get(`/api/v1/staff/audit?action=event.updated`);
    expect(audit.body.items[0].changes.fields.sort()).toEqual(['endsAt', 'location']);
  });
});
