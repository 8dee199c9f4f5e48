import { createStaffUser } from '../../domain/staff/create-staff-user.use-case.js';
import { getStaffUser } from '../../domain/staff/get-staff-user.use-case.js';
import { listStaffUsers } from '../../domain/staff/list-staff-users.use-case.js';
import { updateStaffUser } from '../../domain/staff/update-staff-user.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import type { HttpDeps } from '../http-deps.js';
import { pageOf } from '../pagination.js';
import { idParamsSchema } from '../params.js';
import { present, presentPage, problem } from './answers.js';
import {
  createStaffUserSchema,
  staffUserListQuerySchema,
  staffUserSchema,
  updateStaffUserSchema,
} from './staff-users.schema.js';

const STAFF_ROUTE = { tags: ['Сотрудники СРО'], auth: 'admin' as const };
const NOT_FOUND = { 404: problem('Сотрудник не найден') };

export function registerStaffUserRoutes(api: ApiRouter, deps: HttpDeps): void {
  api
    .add(
      {
        ...STAFF_ROUTE,
        method: 'get',
        path: '/staff/staff-users',
        summary: 'Сотрудники СРО: фильтры по роли, активности и строке поиска',
        query: staffUserListQuerySchema,
        responses: { 200: { description: 'Страница сотрудников', schema: pageOf(staffUserSchema) } },
      },
      async ({ query, res }) => {
        const { page, perPage, sort, order, ...filter } = query;
        res.json(
          presentPage(
            staffUserSchema,
            await listStaffUsers(filter, { field: sort, order }, { page, perPage }),
          ),
        );
      },
    )
    .add(
      {
        ...STAFF_ROUTE,
        method: 'post',
        path: '/staff/staff-users',
        summary: 'Завести сотрудника с начальным паролем',
        body: createStaffUserSchema,
        responses: {
          201: { description: 'Заведён', schema: staffUserSchema },
          409: problem('Сотрудник с таким адресом уже есть'),
          422: problem('Пароль не подходит'),
        },
      },
      async ({ body, req, res }) => {
        const staffUser = await createStaffUser(body, deps.hasher, auditContext(req));
        res.status(201).json(present(staffUserSchema, staffUser));
      },
    )
    .add(
      {
        ...STAFF_ROUTE,
        method: 'get',
        path: '/staff/staff-users/:id',
        summary: 'Учётная запись сотрудника; просмотр записывается в журнал аудита',
        params: idParamsSchema,
        responses: { 200: { description: 'Сотрудник', schema: staffUserSchema }, ...NOT_FOUND },
      },
      async ({ params, req, res }) => {
        res.json(present(staffUserSchema, await getStaffUser(params.id, auditContext(req))));
      },
    )
    .add(
      {
        ...STAFF_ROUTE,
        method: 'patch',
        path: '/staff/staff-users/:id',
        summary: 'Изменить имя, роль или отключить сотрудника; отключение сразу завершает его сеансы',
        params: idParamsSchema,
        body: updateStaffUserSchema,
        responses: {
          200: { description: 'Изменено', schema: staffUserSchema },
          ...NOT_FOUND,
          409: problem('Администратор не может отключить себя или снять с себя роль'),
        },
      },
      async ({ params, body, auth, req, res }) => {
        const staffUser = await updateStaffUser(params.id, body, auth.staffId, auditContext(req));
        res.json(present(staffUserSchema, staffUser));
      },
    );
}
