import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { InspectionModel } from '../../../api/domain/inspections/inspection.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createCast, moscowNoon, type CabinetCast } from './cabinet-fixtures.js';
import { seedRecords } from './records-case.js';
import { seedSummaryCase } from './summary-case.js';

describe('cabinet: inspections, insurance, notifications, reports, events and specialists', () => {
  const api = useTestApi();
  let cast: CabinetCast;
  let inspectionA: string;

  beforeAll(async () => {
    cast = await createCast(api.deps.hasher);
    await seedSummaryCase(cast.memberA._id, cast.memberB._id);
    inspectionA = (await seedRecords(cast.memberA._id, cast.memberB._id)).inspectionA._id.toHexString();
  });

  const asA = (path: string) =>
    request(api.app).get(`/api/v1/cabinet${path}`).set('Authorization', `Bearer ${cast.tokenA}`);

  it('when A lists its inspections, then only its own come, latest first, with counts of violations, and filter by status', async () => {
    const all = await asA('/inspections');
    expect(all.body.total).toBe(2);
    expect(all.body.items.map((item: { status: string }) => item.status)).toEqual(['scheduled', 'completed']);
    expect(all.body.items[1]).toMatchObject({
      id: inspectionA,
      kindLabel: 'Плановая',
      statusLabel: 'Завершена',
      violationsFound: 2,
      violationsOpen: 1,
    });

    const completed = await asA('/inspections?status=completed');
    expect(completed.body.items.map((item: { id: string }) => item.id)).toEqual([inspectionA]);
  });

  it('when A opens its inspection, then the violations and measures come; B’s inspection is 404', async () => {
    const own = await asA(`/inspections/${inspectionA}`);
    expect(own.status).toBe(200);
    expect(own.body.violations).toEqual([
      { description: 'Нет удостоверений специалистов', fixedAt: null },
      { description: 'Устарел полис', fixedAt: moscowNoon(-1).toISOString() },
    ]);
    expect(own.body.measures).toEqual(['Предписание']);

    const ofB = await InspectionModel.findOne({ memberId: cast.memberB._id }).lean();
    const foreign = await asA(`/inspections/${ofB!._id.toHexString()}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.detail).toBe('Проверка не найдена.');
  });

  it('when A lists its insurance, then each policy says how many days are left, whether it expires soon or has expired', async () => {
    const response = await asA('/insurance');

    expect(
      response.body.items.map(
        ({ policyNumber, daysLeft, expiresSoon, expired }: Record<string, unknown>) => ({
          policyNumber,
          daysLeft,
          expiresSoon,
          expired,
        }),
      ),
    ).toEqual([
      { policyNumber: 'ГО-2', daysLeft: 200, expiresSoon: false, expired: false },
      { policyNumber: 'ГО-1', daysLeft: 10, expiresSoon: true, expired: false },
      { policyNumber: 'ГО-3', daysLeft: -5, expiresSoon: false, expired: true },
    ]);
    expect(response.body.items[0].kindLabel).toBe('Страхование гражданской ответственности');
  });

  it('when A reads its notifications, then those to A and those to every member come, not those to B', async () => {
    const response = await asA('/notifications');

    expect(response.body.total).toBe(2);
    expect(
      response.body.items.map((item: { title: string; toAllMembers: boolean }) => [
        item.title,
        item.toAllMembers,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['Всем членам', true],
        ['Члену А', false],
      ]),
    );
  });

  it('when A lists its reports, then deadlines count only for reports A still owes', async () => {
    const response = await asA('/reports');

    expect(response.body.total).toBe(5);
    const byPeriod = (kind: string, period: number) =>
      response.body.items.find(
        (item: { kind: string; period: number }) => item.kind === kind && item.period === period,
      );
    expect(byPeriod('activity', 2025)).toMatchObject({
      daysLeft: 15,
      dueSoon: true,
      overdue: false,
      statusLabel: 'Ожидается',
    });
    expect(byPeriod('annual_odo_notice', 2025)).toMatchObject({ daysLeft: -3, overdue: true });
    expect(byPeriod('annual_odo_notice', 2024)).toMatchObject({ status: 'rejected', overdue: true });
    expect(byPeriod('activity', 2024)).toMatchObject({ status: 'submitted', daysLeft: null, overdue: false });
    expect((await asA('/reports?status=rejected')).body.total).toBe(1);
  });

  it('when A asks for events, then upcoming ones for all members and for A come in order; a period shows past ones too', async () => {
    const upcoming = await asA('/events');
    expect(
      upcoming.body.items.map((item: { title: string; forAllMembers: boolean }) => [
        item.title,
        item.forAllMembers,
      ]),
    ).toEqual([
      ['Совещание с членом А', false],
      ['Общий семинар', true],
    ]);
    expect(upcoming.body.items[0].videoUrl).toBe('https://vks.sro.example/room/1');

    const from = moscowNoon(-2).toISOString().slice(0, 10);
    const to = moscowNoon(4).toISOString().slice(0, 10);
    const period = await asA(`/events?from=${from}&to=${to}`);
    expect(period.body.items.map((item: { title: string }) => item.title)).toEqual([
      'Прошедший семинар',
      'Совещание с членом А',
    ]);
  });

  it('when A lists its specialists, then they come by name, without B’s', async () => {
    const response = await asA('/specialists');

    expect(response.body.items).toEqual([
      expect.objectContaining({
        fullName: 'Антонов Антон',
        nrsNumber: 'С-77-000001',
        position: 'Главный инженер',
      }),
      expect.objectContaining({ fullName: 'Яковлев Яков', position: null, includedAt: null }),
    ]);
  });
});
