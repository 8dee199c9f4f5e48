import { changeMemberStatus } from '../../domain/registry/change-member-status.use-case.js';
import { getMemberStanding } from '../../domain/registry/get-member-standing.use-case.js';
import { setMemberLevels } from '../../domain/registry/set-member-levels.use-case.js';
import { setMemberWorkRight } from '../../domain/registry/set-member-work-right.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { toDues, toFundStanding, toObligations } from '../cabinet/standing.view.js';
import { present, problem } from './answers.js';
import { memberStandingSchema } from './member-standing.schema.js';
import { memberLevelsSchema, memberSchema, memberStatusSchema, workRightSchema } from './members.schema.js';
import { INVALID_DATA, MEMBER_NOT_FOUND, MEMBER_ROUTE } from './registry-routes.js';

const CHANGED = {
  200: { description: 'Карточка после изменения', schema: memberSchema },
  ...MEMBER_NOT_FOUND,
};

/** Status, right to work and responsibility levels: the member's standing, read by staff, changed by administrators. */
export function registerMemberStandingRoutes(api: ApiRouter): void {
  api
    .add(
      {
        ...MEMBER_ROUTE,
        method: 'get',
        path: '/staff/members/:id/standing',
        summary:
          'Положение члена СРО по правилам кабинета: уровни и взносы в фонды, обязательства ОДО против предела, долг по взносам',
        auth: 'staff',
        responses: {
          200: { description: 'Положение члена СРО', schema: memberStandingSchema },
          ...MEMBER_NOT_FOUND,
        },
      },
      async ({ params, req, res }) => {
        const { funds, obligations, dues } = await getMemberStanding(params.id, auditContext(req));
        const { accruals: _accruals, payments: _payments, ...debt } = toDues(dues);
        res.json({ funds: funds.map(toFundStanding), obligations: toObligations(obligations), dues: debt });
      },
    )
    .add(
      {
        ...MEMBER_ROUTE,
        method: 'post',
        path: '/staff/members/:id/status',
        summary:
          'Изменить статус: член СРО, приостановлен или исключён (с основанием); исключение сразу закрывает доступ всем представителям',
        auth: 'admin',
        body: memberStatusSchema,
        responses: { ...CHANGED, 409: problem('Член СРО уже в этом статусе') },
      },
      async ({ params, body, req, res }) => {
        res.json(present(memberSchema, await changeMemberStatus(params.id, body, auditContext(req))));
      },
    )
    .add(
      {
        ...MEMBER_ROUTE,
        method: 'put',
        path: '/staff/members/:id/work-right',
        summary: 'Право выполнять работы: виды работ, категории объектов, действует или приостановлено',
        auth: 'admin',
        body: workRightSchema,
        responses: CHANGED,
      },
      async ({ params, body, req, res }) => {
        res.json(present(memberSchema, await setMemberWorkRight(params.id, body, auditContext(req))));
      },
    )
    .add(
      {
        ...MEMBER_ROUTE,
        method: 'put',
        path: '/staff/members/:id/levels',
        summary: 'Уровни ответственности в КФ ВВ и КФ ОДО (null — нет уровня); уровни берутся из таблицы',
        auth: 'admin',
        body: memberLevelsSchema,
        responses: { ...CHANGED, ...INVALID_DATA },
      },
      async ({ params, body, req, res }) => {
        res.json(present(memberSchema, await setMemberLevels(params.id, body, auditContext(req))));
      },
    );
}
