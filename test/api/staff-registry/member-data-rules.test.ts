import { beforeAll, describe, expect, it } from '@jest/globals';
import { createMember } from '../../helpers/factories.js';
import { useRegistryKit } from './registry-kit.js';

describe('staff registry: rules of member records beyond their fields', () => {
  const kit = useRegistryKit();
  let base: string;
  beforeAll(async () => {
    base = `/api/v1/staff/members/${String((await createMember())._id)}`;
  });

  it('when a change makes an inspection end before it starts, then 422 names the field and nothing is stored', async () => {
    const created = await kit.as('expert').post(`${base}/inspections`).send({
      kind: 'unplanned',
      subject: 'Жалоба заказчика',
      periodFrom: '2026-03-01',
      periodTo: '2026-03-10',
    });
    const url = `${base}/inspections/${created.body.id as string}`;
    const response = await kit.as('expert').patch(url).send({ periodTo: '2026-02-01' });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      { path: 'periodTo', message: 'Проверка не может закончиться раньше, чем началась' },
    ]);
    const list = await kit.as('expert').get(`${base}/inspections`);
    expect(list.body.items[0].periodTo).toBe('2026-03-10T00:00:00.000Z');
  });

  it('when a specialist`s НРС number or a report`s year repeats for the member, then 409 in Russian', async () => {
    const specialist = { fullName: 'Петрова Мария Ивановна', nrsNumber: 'С-77-555555' };
    expect((await kit.as('expert').post(`${base}/specialists`).send(specialist)).status).toBe(201);
    const twin = await kit.as('expert').post(`${base}/specialists`).send(specialist);
    expect(twin.status).toBe(409);
    expect(twin.body.detail).toBe('Специалист с таким номером в НРС у члена СРО уже есть.');

    const report = { kind: 'annual_odo_notice', period: 2025, dueAt: '2026-03-01' };
    expect((await kit.as('expert').post(`${base}/reports`).send(report)).status).toBe(201);
    const again = await kit
      .as('expert')
      .post(`${base}/reports`)
      .send({ ...report, dueAt: '2026-03-02' });
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('Отчёт этого вида за этот год у члена СРО уже есть.');
  });

  it('when a change gives a specialist the НРС number of another, then 409 in Russian and nothing changes', async () => {
    const first = { fullName: 'Орлов Пётр Сергеевич', nrsNumber: 'С-77-600001' };
    const second = { fullName: 'Волкова Анна Петровна', nrsNumber: 'С-77-600002' };
    expect((await kit.as('expert').post(`${base}/specialists`).send(first)).status).toBe(201);
    const created = await kit.as('expert').post(`${base}/specialists`).send(second);

    const clash = await kit
      .as('expert')
      .patch(`${base}/specialists/${created.body.id as string}`)
      .send({ nrsNumber: first.nrsNumber });

    expect(clash.status).toBe(409);
    expect(clash.body.detail).toBe('Специалист с таким номером в НРС у члена СРО уже есть.');
    const list = await kit.as('expert').get(`${base}/specialists?perPage=100`);
    const numbers = (list.body.items as { nrsNumber: string }[]).map((item) => item.nrsNumber);
    expect(numbers.filter((number) => number === first.nrsNumber)).toHaveLength(1);
    expect(numbers).toContain(second.nrsNumber);
  });

  it('when optional text is sent empty, then it is cleared; unknown fields such as memberId are ignored', async () => {
    const other = String((await createMember())._id);
    const created = await kit
      .as('expert')
      .post(`${base}/dues-payments`)
      .send({ amount: 1000, paidAt: '2026-01-20', document: 'п/п № 1', memberId: other });
    expect(created.status).toBe(201);
    expect(created.body.memberId).toBe(base.split('/').at(-1));
    const cleared = await kit
      .as('expert')
      .patch(`${base}/dues-payments/${created.body.id as string}`)
      .send({ document: '   ' });
    expect(cleared.body.document).toBeNull();
  });
});
