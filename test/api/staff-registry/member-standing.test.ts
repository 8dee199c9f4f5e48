import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedResponsibilityLevels } from '../../../api/domain/levels/responsibility-level.repository.js';
import { ResponsibilityLevelModel } from '../../../api/domain/levels/responsibility-level.model.js';
import { SessionModel } from '../../../api/domain/sessions/session.model.js';
import { createMember, createRepresentative, representativeToken } from '../../helpers/factories.js';
import { useRegistryKit } from './registry-kit.js';

describe('staff registry: status, right to work and levels of a member', () => {
  const kit = useRegistryKit();
  beforeAll(async () => {
    await seedResponsibilityLevels();
  });

  it('when a member is excluded, then its representative`s open session is refused at once with the reason and stays ended after re-admission', async () => {
    const member = await createMember();
    const representative = await createRepresentative(kit.deps.hasher, member._id);
    const token = await representativeToken(representative);
    const me = () => request(kit.app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    expect((await me()).status).toBe(200);

    const url = `/api/v1/staff/members/${String(member._id)}/status`;
    const excluded = await kit
      .as('admin')
      .post(url)
      .send({ status: 'excluded', since: '2026-02-01', reason: 'Решение Совета от 30.01.2026 № 3' });
    expect(excluded.status).toBe(200);
    expect(excluded.body).toMatchObject({
      status: 'excluded',
      statusSince: '2026-02-01T00:00:00.000Z',
      excludedAt: '2026-02-01T00:00:00.000Z',
      workRight: { status: 'suspended', since: '2026-02-01T00:00:00.000Z' },
    });
    expect(excluded.body.statusHistory.at(-1)).toEqual({
      status: 'excluded',
      since: '2026-02-01T00:00:00.000Z',
      reason: 'Решение Совета от 30.01.2026 № 3',
    });

    const refused = await me();
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ reason: 'member_excluded' });
    expect(refused.body.detail).toMatch(/^Организация исключена из членов СРО/);
    const sessions = await SessionModel.find({ representativeId: representative._id }).lean();
    expect(sessions.map((session) => session.revokeReason)).toEqual(['member_excluded']);

    const readmitted = await kit.as('admin').post(url).send({ status: 'member', since: '2026-06-01' });
    expect(readmitted.body).toMatchObject({
      status: 'member',
      excludedAt: null,
      workRight: { status: 'active' },
    });
    expect((await me()).status).toBe(401);
  });

  it('when a suspension comes without a reason or repeats the current status, then 400 and 409', async () => {
    const member = await createMember();
    const url = `/api/v1/staff/members/${String(member._id)}/status`;
    const noReason = await kit.as('admin').post(url).send({ status: 'suspended' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([
      { path: 'reason', message: 'Укажите основание: решение органа СРО, его дату и номер' },
    ]);
    const same = await kit.as('admin').post(url).send({ status: 'member' });
    expect(same.status).toBe(409);
    expect(same.body.detail).toBe('Член СРО уже в этом статусе.');
    const byExpert = await kit.as('expert').post(url).send({ status: 'suspended', reason: 'Решение' });
    expect(byExpert.status).toBe(403);
  });

  it('when a member is suspended, then its representatives keep access and its right to work is suspended', async () => {
    const member = await createMember();
    const representative = await createRepresentative(kit.deps.hasher, member._id);
    const token = await representativeToken(representative);
    const response = await kit
      .as('admin')
      .post(`/api/v1/staff/members/${String(member._id)}/status`)
      .send({ status: 'suspended', reason: 'Решение Дисциплинарной комиссии № 7' });
    expect(response.body).toMatchObject({ status: 'suspended', workRight: { status: 'suspended' } });
    const me = await request(kit.app).get('/api/v1/auth/me').set('Authorization', `Bearer ${token}`);
    expect(me.status).toBe(200);
  });

  it('when the right to work is set, then the card shows it and the audit names the changed parts', async () => {
    const member = await createMember();
    const id = String(member._id);
    const response = await kit
      .as('admin')
      .put(`/api/v1/staff/members/${id}/work-right`)
      .send({
        construction: true,
        reconstruction: true,
        majorRepair: false,
        demolition: false,
        objectKinds: ['ordinary', 'dangerous'],
        status: 'active',
        since: '2021-05-20',
      });
    expect(response.status).toBe(200);
    expect(response.body.workRight).toEqual({
      construction: true,
      reconstruction: true,
      majorRepair: false,
      demolition: false,
      objectKinds: ['ordinary', 'dangerous'],
      status: 'active',
      since: '2021-05-20T00:00:00.000Z',
    });
    const audit = await kit
      .as('admin')
      .get(`/api/v1/staff/audit?memberId=${id}&action=member.work_right_changed`);
    expect(audit.body.items[0].changes.fields.sort()).toEqual([
      'workRight.construction',
      'workRight.objectKinds',
      'workRight.reconstruction',
      'workRight.since',
    ]);
    const partial = await kit
      .as('admin')
      .put(`/api/v1/staff/members/${id}/work-right`)
      .send({ construction: true });
    expect(partial.status).toBe(400);
  });

  it('when levels are set, then they must be rows of the level table', async () => {
    const member = await createMember({ levels: { vv: null, odo: null } });
    const url = `/api/v1/staff/members/${String(member._id)}/levels`;
    const set = await kit.as('admin').put(url).send({ vv: 2, odo: null });
    expect(set.status).toBe(200);
    expect(set.body.levels).toEqual({ vv: 2, odo: null });

    const outOfRange = await kit.as('admin').put(url).send({ vv: 0, odo: 0 });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.errors).toEqual([{ path: 'odo', message: 'Уровни этого фонда — от 1 до 5' }]);
  });

  it('when a level is missing from the table, then 422 names the fund', async () => {
    await ResponsibilityLevelModel.deleteOne({ fund: 'odo', level: 5 });
    const member = await createMember();
    const response = await kit
      .as('admin')
      .put(`/api/v1/staff/members/${String(member._id)}/levels`)
      .send({ vv: 1, odo: 5 });
    expect(response.status).toBe(422);
    expect(response.body.errors).toEqual([
      { path: 'odo', message: 'В таблице уровней ответственности нет уровня 5 КФ ОДО' },
    ]);
    await seedResponsibilityLevels();
  });
});
