import { beforeAll, describe, expect, it } from '@jest/globals';
import { createMember } from '../../helpers/factories.js';
import { RECORD_SAMPLES } from './member-record-samples.js';
import { useRegistryKit } from './registry-kit.js';

describe.each(RECORD_SAMPLES)('staff registry: the member`s $path', (sample) => {
  const kit = useRegistryKit();
  let memberId: string;
  let memberName: string;
  let otherMemberId: string;
  const collection = (member: string) => `/api/v1/staff/members/${member}/${sample.path}`;

  beforeAll(async () => {
    const member = await createMember();
    memberId = String(member._id);
    memberName = member.shortName;
    otherMemberId = String((await createMember())._id);
  });

  const create = async (member: string, n: number) => {
    const response = await kit.as('expert').post(collection(member)).send(sample.body(n));
    expect(response.status).toBe(201);
    return response.body as { id: string; memberId: string };
  };

  it('when records are created, then the list pages them from the latest and the read is audited', async () => {
    const created = [await create(memberId, 1), await create(memberId, 3), await create(memberId, 2)];
    expect(created[0]).toMatchObject({ memberId, createdAt: expect.any(String) });
    await create(otherMemberId, 4);

    const first = await kit.as('expert').get(`${collection(memberId)}?perPage=2`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 3, page: 1, perPage: 2 });
    expect(first.body.items.map((item: { id: string }) => item.id)).toEqual([created[1]!.id, created[2]!.id]);
    const second = await kit.as('expert').get(`${collection(memberId)}?perPage=2&page=2`);
    expect(second.body.items.map((item: { id: string }) => item.id)).toEqual([created[0]!.id]);

    const audit = await kit
      .as('admin')
      .get(`/api/v1/staff/audit?memberId=${memberId}&action=${sample.name}.read`);
    expect(audit.body.total).toBe(2);
    expect(audit.body.items[0]).toMatchObject({
      actor: { kind: 'staff', id: String(kit.expert._id), role: 'expert' },
      target: { kind: sample.name, id: null, memberId },
    });
  });

  it('when a record is changed, then the answer shows the change and the audit names the fields', async () => {
    const record = await create(memberId, 5);
    const response = await kit
      .as('expert')
      .patch(`${collection(memberId)}/${record.id}`)
      .send(sample.change);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: record.id, memberId, ...sample.changed });

    const audit = await kit
      .as('admin')
      .get(`/api/v1/staff/audit?memberId=${memberId}&action=${sample.name}.updated`);
    expect(audit.body.items[0].target).toEqual({ kind: sample.name, id: record.id, memberId, memberName });
    expect(audit.body.items[0].changes.fields.length).toBeGreaterThan(0);
  });

  it('when a record of another member is addressed under this member, then 404 as for a missing one', async () => {
    const foreign = await create(otherMemberId, 6);
    const patch = await kit
      .as('admin')
      .patch(`${collection(memberId)}/${foreign.id}`)
      .send(sample.change);
    expect(patch.status).toBe(404);
    expect(patch.body.detail).toBe('Запись не найдена.');
    const remove = await kit.as('admin').delete(`${collection(memberId)}/${foreign.id}`);
    expect(remove.status).toBe(404);
    const stillThere = await kit.as('expert').get(`${collection(otherMemberId)}?perPage=100`);
    expect(stillThere.body.items.map((item: { id: string }) => item.id)).toContain(foreign.id);
  });

  it('when an admin deletes a record, then it is gone; an expert may not delete', async () => {
    const record = await create(memberId, 7);
    const url = `${collection(memberId)}/${record.id}`;
    expect((await kit.as('expert').delete(url)).status).toBe(403);
    expect((await kit.as('admin').delete(url)).status).toBe(204);
    expect((await kit.as('admin').delete(url)).status).toBe(404);
    const audit = await kit
      .as('admin')
      .get(`/api/v1/staff/audit?memberId=${memberId}&action=${sample.name}.deleted`);
    expect(audit.body.items[0].target).toEqual({ kind: sample.name, id: record.id, memberId, memberName });
  });

  it('when the body is invalid or the member does not exist, then 400 naming the field, or 404', async () => {
    const invalid = await kit.as('expert').post(collection(memberId)).send(sample.invalid.body);
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { path: string }) => error.path)).toContain(sample.invalid.path);
    for (const error of invalid.body.errors as { message: string }[])
      expect(error.message).toMatch(/[А-Яа-яЁё]/);

    const missing = await kit.as('expert').post(collection('0123456789abcdef01234567')).send(sample.body(1));
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toBe('Член СРО не найден.');
  });
});
