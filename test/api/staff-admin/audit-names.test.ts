import { beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { recordAudit } from '../../../api/domain/audit/record-audit.use-case.js';
import { createMember, createRepresentative, createStaff, staffToken } from '../../helpers/factories.js';
import { useRegistryKit } from '../staff-registry/registry-kit.js';

type Entry = {
  action: string;
  actor: { kind: string; id: string | null; fullName: string | null };
  target: { memberId: string | null; memberName: string | null };
};

describe('staff admin: the audit log with names', () => {
  const kit = useRegistryKit();
  const members: { id: string; shortName: string }[] = [];
  let colleague: { id: string; fullName: string };

  beforeAll(async () => {
    const staff = await createStaff(kit.deps.hasher, 'expert', { fullName: 'Орлова Мария Петровна' });
    colleague = { id: String(staff._id), fullName: staff.fullName };
    const token = await staffToken(staff);
    for (let i = 0; i < 3; i += 1) {
      const member = await createMember();
      members.push({ id: String(member._id), shortName: member.shortName });
      await kit.as(i === 0 ? token : 'expert').get(`/api/v1/staff/members/${String(member._id)}`);
    }
    const person = await createRepresentative(kit.deps.hasher, (await createMember())._id);
    await recordAudit(
      {
        principal: {
          kind: 'representative',
          representativeId: String(person._id),
          memberId: String(person.memberId),
          sessionId: 'x',
        },
      },
      { action: 'letter.read', target: { kind: 'letter', memberId: members[2]!.id } },
    );
  });

  it('when an admin reads the log, then each entry names the staff member who acted and the member concerned', async () => {
    const response = await kit.as('admin').get('/api/v1/staff/audit?perPage=100');
    const entries = response.body.items as Entry[];
    const reads = entries.filter((entry) => entry.action === 'member.read');
    expect(reads.map(({ actor, target }) => [actor.fullName, target.memberName]).reverse()).toEqual([
      [colleague.fullName, members[0]!.shortName],
      [expect.stringMatching(/^Эксперт/), members[1]!.shortName],
      [expect.stringMatching(/^Эксперт/), members[2]!.shortName],
    ]);
    const read = entries.find((entry) => entry.action === 'letter.read')!;
    expect(read.actor).toMatchObject({ kind: 'representative', fullName: null });
    expect(read.target.memberName).toBe(members[2]!.shortName);
    const listed = entries.find((entry) => entry.action === 'member.read' && entry.actor.id === colleague.id);
    expect(listed?.actor.fullName).toBe('Орлова Мария Петровна');
  });

  it('when a page names many people, then their names are read in one query for staff and one for members', async () => {
    const queried: string[] = [];
    mongoose.set('debug', (collection: string) => {
      queried.push(collection);
    });
    try {
      await kit.as('admin').get('/api/v1/staff/audit?action=job.retried');
      const baseline = [...queried];
      queried.length = 0;
      await kit.as('admin').get('/api/v1/staff/audit?perPage=100');
      const count = (list: string[], name: string) => list.filter((collection) => collection === name).length;
      expect(count(queried, 'staffusers') - count(baseline, 'staffusers')).toBe(1);
      expect(count(queried, 'members') - count(baseline, 'members')).toBe(1);
    } finally {
      mongoose.set('debug', false);
    }
  });

  it('when an admin reads the log, then each action is named in words, and the filter offers every action by name', async () => {
    const entries = (await kit.as('admin').get('/api/v1/staff/audit?action=member.read')).body
      .items as (Entry & {
      actionLabel: string;
    })[];
    expect(entries.length).toBeGreaterThan(0);
    expect(new Set(entries.map((entry) => entry.actionLabel))).toEqual(
      new Set(['Просмотр карточки члена СРО']),
    );

    const actions = await kit.as('admin').get('/api/v1/staff/audit/actions');
    expect(actions.status).toBe(200);
    const labels = new Map(
      (actions.body.items as { code: string; label: string }[]).map((a) => [a.code, a.label]),
    );
    expect(labels.get('representative.suspended')).toBe('Приостановка доступа представителя');
    expect(labels.get('contract.deleted')).toBe('Удаление договора подряда');
    expect([...labels.values()].every((label) => /^[А-ЯЁ]/.test(label))).toBe(true);

    const unknown = await kit.as('admin').get('/api/v1/staff/audit?action=nothing.like.this');
    expect(unknown.status).toBe(400);
    expect((await kit.as('expert').get('/api/v1/staff/audit/actions')).status).toBe(403);
  });
});
