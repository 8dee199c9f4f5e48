import { beforeAll, describe, expect, it } from '@jest/globals';
import { seedResponsibilityLevels } from '../../../api/domain/levels/responsibility-level.repository.js';
import { useRegistryKit } from './registry-kit.js';

interface LevelRow {
  id: string;
  fund: string;
  level: number;
  maxContractPrice?: number | null;
  maxTotalObligations?: number | null;
  contribution: number;
  needsReview: boolean;
}

describe('staff registry: the level table', () => {
  const kit = useRegistryKit();
  let rows: LevelRow[];
  const row = (fund: string, level: number) =>
    rows.find((item) => item.fund === fund && item.level === level)!;

  beforeAll(async () => {
    await seedResponsibilityLevels();
    rows = (await kit.as('expert').get('/api/v1/staff/levels?perPage=100')).body.items;
  });

  it('when staff list the table, then every seeded row comes by fund and level, awaiting review', () => {
    expect(rows.map((item) => `${item.fund}${item.level}`)).toEqual([
      'odo1',
      'odo2',
      'odo3',
      'odo4',
      'odo5',
      'vv0',
      'vv1',
      'vv2',
      'vv3',
      'vv4',
      'vv5',
    ]);
    expect(row('vv', 5)).toMatchObject({
      maxContractPrice: null,
      contribution: 5_000_000,
      needsReview: true,
    });
    expect(row('odo', 1)).toMatchObject({ maxTotalObligations: 60_000_000, contribution: 200_000 });
  });

  it('when an admin corrects a row, then it is marked reviewed and the change is audited', async () => {
    const target = row('odo', 2);
    const response = await kit
      .as('admin')
      .patch(`/api/v1/staff/levels/${target.id}`)
      .send({ contribution: 2_600_000, maxTotalObligations: 550_000_000 });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      contribution: 2_600_000,
      maxTotalObligations: 550_000_000,
      needsReview: false,
    });
    const audit = await kit.as('admin').get('/api/v1/staff/audit?action=responsibility_level.updated');
    expect(audit.body.items[0]).toMatchObject({
      actor: { id: String(kit.admin._id), role: 'admin' },
      target: { kind: 'responsibility_level', id: target.id },
    });
    expect(audit.body.items[0].changes.fields.sort()).toEqual([
      'contribution',
      'maxTotalObligations',
      'needsReview',
    ]);
  });

  it('when the cap of the other fund is set, the caller is an expert, or the row is missing, then 422, 403, 404', async () => {
    const wrongFund = await kit
      .as('admin')
      .patch(`/api/v1/staff/levels/${row('vv', 1).id}`)
      .send({ maxTotalObligations: 1 });
    expect(wrongFund.status).toBe(422);
    expect(wrongFund.body.errors).toEqual([
      { path: 'maxTotalObligations', message: 'Это поле относится к другому фонду' },
    ]);
    const byExpert = await kit
      .as('expert')
      .patch(`/api/v1/staff/levels/${row('vv', 1).id}`)
      .send({ contribution: 1 });
    expect(byExpert.status).toBe(403);
    const missing = await kit
      .as('admin')
      .patch('/api/v1/staff/levels/0123456789abcdef01234567')
      .send({ contribution: 1 });
    expect(missing.status).toBe(404);
    const unchanged = (await kit.as('expert').get('/api/v1/staff/levels?perPage=100')).body
      .items as LevelRow[];
    expect(unchanged.find((item) => item.id === row('vv', 1).id)).toMatchObject({ contribution: 100_000 });
  });
});
