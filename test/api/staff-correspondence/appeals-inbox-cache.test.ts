import { beforeAll, describe, expect, it } from '@jest/globals';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { MemberModel } from '../../../api/domain/members/member.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import {
  appealFor,
  client,
  daysFromNow,
  expertWithToken,
  memberWithRepresentative,
} from './correspondence-fixtures.js';

type Row = { id: string; status: string; overdue: boolean; member: { shortName: string } };

describe('staff inbox and counts through the read cache', () => {
  const api = useTestApi();
  let staffToken: string;

  beforeAll(async () => {
    staffToken = (await expertWithToken(api.deps.hasher)).token;
  });

  const inbox = async () => {
    const response = await client(api.app, staffToken).get(
      '/staff/appeals?status=submitted,registered&perPage=100',
    );
    expect(response.status).toBe(200);
    return response.body.items as Row[];
  };
  const rowOf = async (id: string) => (await inbox()).find((row) => row.id === id);
  const counts = async () => {
    const response = await client(api.app, staffToken).get('/staff/appeals/counts');
    expect(response.status).toBe(200);
    return response.body as { new: number; overdue: number };
  };

  it('when an appeal changes behind the models, then the cached page is served; a change through them shows at once', async () => {
    const { member, representative } = await memberWithRepresentative(api.deps.hasher);
    const appeal = await appealFor(member, representative);
    expect((await rowOf(String(appeal._id)))?.status).toBe('submitted');

    await AppealModel.collection.updateOne({ _id: appeal._id }, { $set: { status: 'registered' } });
    expect((await rowOf(String(appeal._id)))?.status).toBe('submitted');

    await AppealModel.updateOne(
      { _id: appeal._id, memberId: member._id },
      { $set: { status: 'registered' } },
    );
    expect((await rowOf(String(appeal._id)))?.status).toBe('registered');
  });

  it('when a member is renamed, then the cached inbox rows name it anew', async () => {
    const { member, representative } = await memberWithRepresentative(api.deps.hasher);
    const appeal = await appealFor(member, representative);
    expect((await rowOf(String(appeal._id)))?.member.shortName).toBe(member.shortName);

    await MemberModel.updateOne({ _id: member._id }, { $set: { shortName: 'ООО «Новое имя»' } });

    expect((await rowOf(String(appeal._id)))?.member.shortName).toBe('ООО «Новое имя»');
  });

  it('when a cached appeal’s deadline passes, then its row is marked overdue without any write', async () => {
    const { member, representative } = await memberWithRepresentative(api.deps.hasher);
    const dueAt = new Date(Date.now() + 1500);
    const appeal = await appealFor(member, representative, { dueAt });
    expect((await rowOf(String(appeal._id)))?.overdue).toBe(false);
    const overdueBefore = (await counts()).overdue;

    await new Promise((resolve) => setTimeout(resolve, dueAt.getTime() - Date.now() + 50));

    expect((await rowOf(String(appeal._id)))?.overdue).toBe(true);
    expect((await counts()).overdue).toBe(overdueBefore + 1);
  });

  it('when an appeal is filed or taken up, then the cached counts follow at once', async () => {
    const { member, representative } = await memberWithRepresentative(api.deps.hasher);
    const before = await counts();
    expect(await counts()).toEqual(before);

    const appeal = await appealFor(member, representative, { dueAt: daysFromNow(10) });
    expect((await counts()).new).toBe(before.new + 1);

    await AppealModel.updateOne(
      { _id: appeal._id, memberId: member._id },
      { $set: { status: 'registered' } },
    );
    expect((await counts()).new).toBe(before.new);
  });
});
