import { beforeAll, describe, expect, it } from '@jest/globals';
import { AuditEntryModel } from '../../../api/domain/audit/audit-entry.model.js';
import { seedResponsibilityLevels } from '../../../api/domain/levels/responsibility-level.repository.js';
import { createMember, createRepresentative, representativeToken } from '../../helpers/factories.js';
import { RECORD_SAMPLES } from './member-record-samples.js';
import { useRegistryKit } from './registry-kit.js';

const sample = (path: string) => RECORD_SAMPLES.find((record) => record.path === path)!;

describe('staff registry: a member`s standing by the cabinet`s rules', () => {
  const kit = useRegistryKit();
  let memberId: string;

  beforeAll(async () => {
    await seedResponsibilityLevels();
    memberId = String((await createMember({ levels: { vv: 1, odo: 1 } }))._id);
    const add = (path: string, body: Record<string, unknown>) =>
      kit.as('admin').post(`/api/v1/staff/members/${memberId}/${path}`).send(body);
    await add('contracts', { ...sample('contracts').body(5), price: 45_000_000 });
    await add('contracts', {
      ...sample('contracts').body(4),
      number: 'К-старый',
      price: 1_000_000,
      status: 'completed',
    });
    await add('dues-accruals', { period: '2025-Q4', amount: 20_000, dueDate: '2025-10-15' });
    await add('dues-payments', { amount: 5_000, paidAt: '2025-10-01' });
  });

  it('when an expert asks for the standing, then ОДО usage counts only contracts in force and the dues debt is what is unpaid', async () => {
    const response = await kit.as('expert').get(`/api/v1/staff/members/${memberId}/standing`);

    expect(response.status).toBe(200);
    expect(response.body.obligations).toMatchObject({
      level: 1,
      total: 45_000_000,
      cap: 60_000_000,
      usagePercent: 75,
      headroom: 15_000_000,
      contractsInForce: 1,
    });
    expect(response.body.dues).toMatchObject({
      accrued: 20_000,
      paid: 5_000,
      debt: 15_000,
      overdueAmount: 15_000,
    });
    expect(response.body.dues.daysOverdue).toBeGreaterThan(30);
    expect(
      response.body.funds.map((fund: { fund: string; level: number }) => [fund.fund, fund.level]),
    ).toEqual([
      ['vv', 1],
      ['odo', 1],
    ]);
    const audit = await AuditEntryModel.findOne({ action: 'member.standing_read' }).lean();
    expect(String(audit?.target?.memberId)).toBe(memberId);
  });

  it('when the member is unknown, then 404; when a representative asks, then 403', async () => {
    expect(
      (await kit.as('expert').get('/api/v1/staff/members/0123456789abcdef01234567/standing')).status,
    ).toBe(404);
    const representative = await createRepresentative(kit.deps.hasher, (await createMember())._id);
    const token = await representativeToken(representative);
    expect((await kit.as(token).get(`/api/v1/staff/members/${memberId}/standing`)).status).toBe(403);
  });
});
