import { listStaffUsers } from '../../domain/staff/list-staff-users.use-case.js';
import type { StaffUser } from '../../domain/staff/staff-user.model.js';
import { findStaffUserById, staffUserNotFound } from '../../domain/staff/staff-users.repository.js';
import type { ApiRouter } from '../api-router.js';
import { idParamsSchema } from '../params.js';
import { problemResponse } from '../staff-appeals/staff-correspondence.schema.js';
import { colleaguePageSchema, colleagueSchema, colleaguesQuerySchema } from './colleagues.schema.js';

const TAGS = ['Справочник сотрудников'];
const view = (staff: StaffUser) => ({ id: String(staff._id), fullName: staff.fullName, role: staff.role });

/** Names of the active staff, for every staff member: whom an appeal can be assigned to. No e-mails, no accounts. */
export function registerColleaguesRoutes(api: ApiRouter): void {
  api.add(
    {
      method: 'get',
      path: '/staff/colleagues',
      summary: 'Действующие сотрудники СРО по имени (для назначения обращений)',
      tags: TAGS,
      auth: 'staff',
      query: colleaguesQuerySchema,
      responses: { 200: { description: 'Страница сотрудников', schema: colleaguePageSchema } },
    },
    async ({ query, res }) => {
      const { page, perPage, q } = query;
      const found = await listStaffUsers(
        { active: true, q },
        { field: 'fullName', order: 'asc' },
        { page, perPage },
      );
      res.json({ ...found, items: found.items.map(view) });
    },
  );
  api.add(
    {
      method: 'get',
      path: '/staff/colleagues/:id',
      summary: 'Сотрудник СРО по идентификатору (имя и роль)',
      tags: TAGS,
      auth: 'staff',
      params: idParamsSchema,
      responses: {
        200: { description: 'Сотрудник', schema: colleagueSchema },
        404: problemResponse('Не найден'),
      },
    },
    async ({ params, res }) => {
      const staff = await findStaffUserById(params.id);
      if (!staff) throw staffUserNotFound();
      res.json(view(staff));
    },
  );
}
