import { beforeAll, describe, expect, it } from '@jest/globals';
import { useTestApi } from '../../helpers/api-app.js';
import {
  appealFor,
  client,
  daysFromNow,
  expertWithToken,
  memberWithRepresentative,
} from '../staff-correspondence/correspondence-fixtures.js';

describe('staff admin: the inbox counters', () => {
  const api = useTestApi();
  let mine: string;
  let colleagues: string;
  let representative: string;

  beforeAll(async () => {
    const me = await expertWithToken(api.deps.hasher);
    const other = await expertWithToken(api.deps.hasher);
    mine = me.token;
    colleagues = other.token;
    const { member, representative: person, token } = await memberWithRepresentative(api.deps.hasher);
    representative = token;
    const late = { dueAt: daysFromNow(-1) };
    await appealFor(member, person);
    await appealFor(member, person, late);
    await appealFor(member, person, { status: 'registered' });
    await appealFor(member, person, { status: 'in_progress', assignedExpertId: me.staff._id, ...late });
    await appealFor(member, person, { status: 'in_progress', assignedExpertId: other.staff._id });
    await appealFor(member, person, { status: 'registered', assignedExpertId: other.staff._id });
    await appealFor(member, person, { status: 'answered', assignedExpertId: me.staff._id, ...late });
    await appealFor(member, person, { status: 'rejected', ...late });
  });

  it('when an expert asks for the counters, then new, overdue and their own open appeals are counted, closed ones not', async () => {
    const response = await client(api.app, mine).get('/staff/appeals/counts');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ new: 2, overdue: 2, mine: 1 });

    const overdueInbox = await client(api.app, mine).get('/staff/appeals?overdue=true');
    expect(overdueInbox.body.total).toBe(response.body.overdue);
    const myInbox = await client(api.app, mine).get(
      '/staff/appeals?mine=true&status=submitted,registered,in_progress',
    );
    expect(myInbox.body.total).toBe(response.body.mine);
  });

  it('when another expert asks, then «mine» counts theirs; a representative may not ask', async () => {
    expect((await client(api.app, colleagues).get('/staff/appeals/counts')).body).toEqual({
      new: 2,
      overdue: 2,
      mine: 2,
    });
    const refused = await client(api.app, representative).get('/staff/appeals/counts');
    expect(refused.status).toBe(403);
  });
});
