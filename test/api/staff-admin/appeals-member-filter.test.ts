import { beforeAll, describe, expect, it } from '@jest/globals';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createRepresentative } from '../../helpers/factories.js';
import {
  appealFor,
  client,
  expertWithToken,
  memberWithRepresentative,
} from '../staff-correspondence/correspondence-fixtures.js';

describe('staff admin: the appeals inbox by member', () => {
  const api = useTestApi();
  const byAppeal: Record<string, string> = {};
  const members: Record<string, { id: string; inn: string }> = {};
  let token: string;

  beforeAll(async () => {
    token = (await expertWithToken(api.deps.hasher)).token;
    const named = {
      montage: { shortName: 'ООО «СтройМонтаж»', fullName: 'ООО «СтройМонтаж»' },
      bridges: { shortName: 'АО «Мостострой»', fullName: 'Акционерное общество «Мостострой»' },
      roads: { shortName: 'ООО «Дорожник»', fullName: 'ООО «Дорожник»' },
    };
    for (const [name, fields] of Object.entries(named)) {
      const { member, representative } = await memberWithRepresentative(api.deps.hasher, fields);
      members[name] = { id: String(member._id), inn: member.inn };
      byAppeal[String((await appealFor(member, representative))._id)] = name;
      if (name === 'bridges') {
        const another = await createRepresentative(api.deps.hasher, member._id);
        byAppeal[String((await appealFor(member, another, { status: 'registered' }))._id)] = name;
      }
    }
  });

  const inbox = async (query: string) => {
    const response = await client(api.app, token).get(`/staff/appeals?${query}`);
    expect(response.status).toBe(200);
    return (response.body.items as { id: string }[]).map(({ id }) => byAppeal[id]).sort();
  };

  it('when staff search the inbox by a part of the member`s name or its INN, then only that member`s appeals are listed', async () => {
    expect(await inbox(`member=${encodeURIComponent('строй')}`)).toEqual(['bridges', 'bridges', 'montage']);
    expect(await inbox(`member=${encodeURIComponent('МОНТАЖ')}`)).toEqual(['montage']);
    expect(await inbox(`member=${members.roads!.inn}`)).toEqual(['roads']);
    expect(await inbox(`member=${encodeURIComponent('строй')}&status=registered`)).toEqual(['bridges']);
    expect(await inbox(`member=${encodeURIComponent('строй')}&memberId=${members.montage!.id}`)).toEqual([
      'montage',
    ]);
  });

  it('when nothing matches, or the text looks like a pattern, then the inbox is empty rather than everything', async () => {
    expect(await inbox(`member=${encodeURIComponent('Нет такого')}`)).toEqual([]);
    expect(await inbox(`member=${encodeURIComponent('.*')}`)).toEqual([]);
    expect(await inbox(`member=${encodeURIComponent('дорож')}&memberId=${members.montage!.id}`)).toEqual([]);
    const empty = await client(api.app, token).get('/staff/appeals?member=%20');
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ path: 'member', message: 'Пустой запрос' }]);
  });

  it('when the inbox filters or sorts by any of its fields, then an index of the appeals leads with that field', async () => {
    const leading = (await AppealModel.listIndexes()).map((index) => Object.keys(index.key)[0]);
    for (const field of ['status', 'category', 'assignedExpertId', 'memberId', 'createdAt', 'dueAt']) {
      expect({ field, indexed: leading.includes(field) }).toEqual({ field, indexed: true });
    }
  });
});
