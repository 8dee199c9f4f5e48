import { createMember } from '../../domain/registry/create-member.use-case.js';
import { getMemberCard } from '../../domain/registry/get-member-card.use-case.js';
import { listMembers } from '../../domain/registry/list-members.use-case.js';
import { updateMember } from '../../domain/registry/update-member.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { pageOf } from '../pagination.js';
import { present, presentPage, problem } from './answers.js';
import {
  createMemberSchema,
  memberListQuerySchema,
  memberSchema,
  updateMemberSchema,
} from './members.schema.js';
import { INVALID_DATA, MEMBER_NOT_FOUND, MEMBER_ROUTE } from './registry-routes.js';

const TAKEN = { 409: problem('ИНН или реестровый номер уже есть у другого члена СРО') };

export function registerMemberRoutes(api: ApiRouter): void {
  api
    .add(
      {
        method: 'get',
        path: '/staff/members',
        summary: 'Реестр членов СРО: фильтры по статусу, виду и строке поиска, сортировка, страницы',
        tags: MEMBER_ROUTE.tags,
        auth: 'staff',
        query: memberListQuerySchema,
        responses: { 200: { description: 'Страница реестра', schema: pageOf(memberSchema) } },
      },
      async ({ query, req, res }) => {
        const { page, perPage, sort, order, ...filter } = query;
        const members = await listMembers(
          filter,
          { field: sort, order },
          { page, perPage },
          auditContext(req),
        );
        res.json(presentPage(memberSchema, members));
      },
    )
    .add(
      {
        method: 'post',
        path: '/staff/members',
        summary: 'Внести члена СРО в реестр',
        tags: MEMBER_ROUTE.tags,
        auth: 'admin',
        body: createMemberSchema,
        responses: { 201: { description: 'Внесён', schema: memberSchema }, ...TAKEN, ...INVALID_DATA },
      },
      async ({ body, req, res }) => {
        res.status(201).json(present(memberSchema, await createMember(body, auditContext(req))));
      },
    )
    .add(
      {
        ...MEMBER_ROUTE,
        method: 'get',
        path: '/staff/members/:id',
        summary: 'Карточка члена СРО; просмотр записывается в журнал аудита',
        auth: 'staff',
        responses: { 200: { description: 'Карточка', schema: memberSchema }, ...MEMBER_NOT_FOUND },
      },
      async ({ params, req, res }) => {
        res.json(present(memberSchema, await getMemberCard(params.id, auditContext(req))));
      },
    )
    .add(
      {
        ...MEMBER_ROUTE,
        method: 'patch',
        path: '/staff/members/:id',
        summary: 'Исправить данные реестра; вложенные объекты (руководитель, адреса, контакты) дополняются',
        auth: 'admin',
        body: updateMemberSchema,
        responses: {
          200: { description: 'Изменено', schema: memberSchema },
          ...MEMBER_NOT_FOUND,
          ...TAKEN,
          ...INVALID_DATA,
        },
      },
      async ({ params, body, req, res }) => {
        res.json(present(memberSchema, await updateMember(params.id, body, auditContext(req))));
      },
    );
}
