import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { ContractModel } from '../../../api/domain/contracts/contract.model.js';
import { seedResponsibilityLevels } from '../../../api/domain/levels/responsibility-level.repository.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createCast, moscowNoon, type CabinetCast } from './cabinet-fixtures.js';
import { seedRecords } from './records-case.js';
import { seedSummaryCase } from './summary-case.js';

describe('cabinet: obligations, the ОДО journal, fund contributions and dues', () => {
  const api = useTestApi();
  let cast: CabinetCast;

  beforeAll(async () => {
    await seedResponsibilityLevels();
    cast = await createCast(api.deps.hasher);
    await seedSummaryCase(cast.memberA._id, cast.memberB._id);
    await seedRecords(cast.memberA._id, cast.memberB._id);
    await ContractModel.create(
      Array.from({ length: 21 }, (_, i) => ({
        memberId: cast.memberA._id,
        number: `Архив-${i + 1}`,
        date: moscowNoon(-500 - i),
        customer: { name: 'АО «Заказчик»' },
        subject: 'Строительство',
        procurement: '223-FZ',
        price: 1_000_000,
        status: 'completed',
      })),
    );
  });

  const asA = (path: string) =>
    request(api.app).get(`/api/v1/cabinet${path}`).set('Authorization', `Bearer ${cast.tokenA}`);

  it('when A asks about a price, then it learns whether a contract of that price fits both levels', async () => {
    const plain = await asA('/obligations');
    expect(plain.body).toMatchObject({
      total: 48_000_000.4,
      headroom: 11_999_999.6,
      contractsInForce: 2,
      check: null,
    });
    expect(plain.body.warningThresholdPercent).toBe(80);

    const exact = await asA('/obligations?price=11999999.6');
    expect(exact.body.check).toMatchObject({ fitsObligations: true, fitsHarmLevel: true, harmLevel: 1 });
    expect(exact.body.check.verdict).toBe(
      'Договор с такой ценой укладывается в уровни ответственности по КФ ВВ и КФ ОДО.',
    );

    const over = await asA('/obligations?price=61000000');
    expect(over.body.check).toMatchObject({
      price: 61_000_000,
      fitsObligations: false,
      fitsHarmLevel: false,
      maxContractPrice: 60_000_000,
    });
    expect(over.body.check.verdict).toMatch(/КФ ОДО.*КФ ВВ/);
  });

  it('when A pages through its ОДО journal, then page 2 holds the next contracts by date and the status filter narrows it', async () => {
    const second = await asA('/contracts?page=2&perPage=10');
    expect(second.body).toMatchObject({ total: 25, page: 2, perPage: 10 });
    expect(second.body.items).toHaveLength(10);
    const dates = second.body.items.map((item: { date: string }) => item.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(second.body.items[0].date).toBe(moscowNoon(-500 - 6).toISOString());

    const inForce = await asA('/contracts?status=in_force');
    expect(inForce.body.total).toBe(2);
    expect(inForce.body.items[0]).toMatchObject({
      price: 18_000_000.4,
      status: 'in_force',
      statusLabel: 'Действует',
      procurementLabel: '44-ФЗ',
      customer: { name: 'ГКУ «Управление строительства»', inn: null },
    });
  });

  it('when A asks for fund contributions, then only its payments come, latest first, and can be limited to one fund', async () => {
    const all = await asA('/contributions');
    expect(all.body.total).toBe(3);
    expect(all.body.items.map((item: { amount: number }) => item.amount)).toEqual([
      150_000.25, 40_000, 60_000,
    ]);

    const odo = await asA('/contributions?fund=odo');
    expect(odo.body.items).toEqual([
      expect.objectContaining({ fund: 'odo', fundLabel: 'КФ ОДО', amount: 150_000.25 }),
    ]);
  });

  it('when A asks for its dues, then the totals cover the whole ledger and the latest entries are listed', async () => {
    const response = await asA('/dues?recent=2');

    expect(response.body).toMatchObject({
      accrued: 120_000,
      paid: 45_000.5,
      debt: 74_999.5,
      overpayment: 0,
      overdueAmount: 44_999.5,
      daysOverdue: 40,
    });
    expect(response.body.accruals.map((accrual: { period: string }) => accrual.period)).toEqual([
      '2026-Q2',
      '2026-Q1',
    ]);
    expect(response.body.payments).toEqual([
      expect.objectContaining({ amount: 15_000.5, paidAt: moscowNoon(-5).toISOString() }),
      expect.objectContaining({ amount: 30_000 }),
    ]);
  });
});
