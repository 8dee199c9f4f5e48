import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedResponsibilityLevels } from '../../../api/domain/levels/responsibility-level.repository.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createCast, moscowNoon, type CabinetCast } from './cabinet-fixtures.js';
import { seedSummaryCase } from './summary-case.js';

describe('GET /api/v1/cabinet/summary', () => {
  const api = useTestApi();
  let cast: CabinetCast;

  beforeAll(async () => {
    await seedResponsibilityLevels();
    cast = await createCast(api.deps.hasher);
    await seedSummaryCase(cast.memberA._id, cast.memberB._id);
  });

  const summaryOfA = () =>
    request(api.app).get('/api/v1/cabinet/summary').set('Authorization', `Bearer ${cast.tokenA}`);

  it('when member A has a hand-computed ledger, contracts and deadlines, then every figure of its main screen is right', async () => {
    const response = await summaryOfA();

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      company: {
        shortName: cast.memberA.shortName,
        registryNumber: cast.memberA.registryNumber,
        status: 'member',
        statusLabel: 'Член СРО',
        statusSince: cast.memberA.statusSince.toISOString(),
      },
      workRight: { status: 'active', statusLabel: 'Действует', since: '2020-03-01T00:00:00.000Z' },
      // three unread letters from the SRO; a read one and A's own outgoing letter do not count
      letters: { unread: 3 },
      // 120 000 accrued, 45 000,50 paid oldest first: the accrual due 40 days ago keeps 14 999,50 unpaid
      dues: {
        debt: 74_999.5,
        overdueAmount: 44_999.5,
        daysOverdue: 40,
        oldestUnpaidDueDate: moscowNoon(-40).toISOString(),
      },
      // 30 000 000 + 18 000 000,40 in force against the 60 000 000 cap of КФ ОДО level 1
      obligations: {
        level: 1,
        total: 48_000_000.4,
        cap: 60_000_000,
        usagePercent: 80,
        headroom: 11_999_999.6,
        state: 'warning',
        stateLabel: 'Обязательства близки к предельному размеру',
      },
      nextEvent: expect.objectContaining({
        title: 'Совещание с членом А',
        kindLabel: 'Семинар',
        startsAt: moscowNoon(3).toISOString(),
        videoUrl: 'https://vks.sro.example/room/1',
      }),
      appeals: { open: 2 },
      insurance: { expiringSoon: 1 },
      reports: { dueSoon: 1, overdue: 2 },
    });
  });

  it('when member B asks, then it sees its own figures, none of A', async () => {
    const response = await request(api.app)
      .get('/api/v1/cabinet/summary')
      .set('Authorization', `Bearer ${cast.tokenB}`);

    expect(response.status).toBe(200);
    expect(response.body.company.registryNumber).toBe(cast.memberB.registryNumber);
    expect(response.body.letters.unread).toBe(1);
    expect(response.body.dues.debt).toBe(99_000);
    expect(response.body.obligations).toMatchObject({ level: 2, total: 59_000_000, state: 'ok' });
    expect(response.body.nextEvent.title).toBe('Совещание с членом Б');
    expect(response.body.appeals.open).toBe(1);
    expect(response.body.insurance.expiringSoon).toBe(1);
    expect(response.body.reports).toEqual({ dueSoon: 0, overdue: 1 });
  });

  it('when an unread letter is opened, then the unread count of the summary drops by one', async () => {
    const list = await request(api.app)
      .get('/api/v1/cabinet/letters?unread=true')
      .set('Authorization', `Bearer ${cast.tokenA}`);
    expect(list.body.total).toBe(3);

    const opened = await request(api.app)
      .get(`/api/v1/cabinet/letters/${list.body.items[0].id}`)
      .set('Authorization', `Bearer ${cast.tokenA}`);
    expect(opened.status).toBe(200);

    expect((await summaryOfA()).body.letters.unread).toBe(2);
  });
});
