import { beforeAll, describe, expect, it } from '@jest/globals';
import { createMember } from '../../helpers/factories.js';
import { useRegistryKit } from '../staff-registry/registry-kit.js';
import { accrue, pay } from './dashboard-fixtures.js';

describe('staff admin: the registry filtered by levels and dues debt', () => {
  const kit = useRegistryKit();
  const names: Record<string, string> = {};

  beforeAll(async () => {
    const members = {
      owing: await createMember({ levels: { vv: 2, odo: 3 } }),
      notYetDue: await createMember({ levels: { vv: 2, odo: 1 } }),
      settled: await createMember({ levels: { vv: 0, odo: null } }),
    };
    await accrue(members.owing, 50_000, -20);
    await accrue(members.notYetDue, 50_000, 15);
    await accrue(members.settled, 50_000, -20);
    await pay(members.settled, 50_000);
    for (const [name, member] of Object.entries(members)) names[String(member._id)] = name;
  });

  const listed = async (query: string) => {
    const response = await kit.as('expert').get(`/api/v1/staff/members?${query}`);
    expect(response.status).toBe(200);
    return (response.body.items as { id: string }[]).map(({ id }) => names[id]).sort();
  };

  it('when staff filter by a fund`s level, then only members at that level are listed', async () => {
    expect(await listed('vvLevel=2')).toEqual(['notYetDue', 'owing']);
    expect(await listed('vvLevel=0')).toEqual(['settled']);
    expect(await listed('odoLevel=3')).toEqual(['owing']);
    expect(await listed('vvLevel=2&odoLevel=1')).toEqual(['notYetDue']);
  });

  it('when staff filter by dues debt, then only members with overdue dues, or only the others, are listed', async () => {
    expect(await listed('hasDuesDebt=true')).toEqual(['owing']);
    expect(await listed('hasDuesDebt=false')).toEqual(['notYetDue', 'settled']);
    expect(await listed('hasDuesDebt=false&vvLevel=2&status=member')).toEqual(['notYetDue']);
    const audit = await kit.as('admin').get('/api/v1/staff/audit?action=member.list');
    expect(audit.body.items[0].changes.filters).toEqual(['status', 'vvLevel', 'hasDuesDebt']);
  });

  it('when a level is outside the fund`s range or the flag is not true/false, then 400 with Russian messages', async () => {
    const response = await kit.as('expert').get('/api/v1/staff/members?vvLevel=7&odoLevel=0&hasDuesDebt=yes');
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        { path: 'vvLevel', message: 'Уровни этого фонда — от 0 до 5' },
        { path: 'odoLevel', message: 'Уровни этого фонда — от 1 до 5' },
        { path: 'hasDuesDebt', message: 'Укажите true или false' },
      ]),
    );
    const word = await kit.as('expert').get('/api/v1/staff/members?vvLevel=два');
    expect(word.body.errors).toEqual([{ path: 'vvLevel', message: 'Укажите уровень числом от 0 до 5' }]);
  });
});
