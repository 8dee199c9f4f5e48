import { z } from 'zod';
import { STAFF_ROLES } from '../../domain/staff/staff-user.model.js';
import { id, instant, timestamps } from './answers.js';
import { choice, email, flag, patchOf, text } from './fields.js';
import { booleanQuery, listQuery, searchText } from './list-query.js';

const fullName = text(300);
const role = choice(STAFF_ROLES);

export const createStaffUserSchema = z.object({
  email,
  fullName,
  role,
  password: z
    .string({ error: 'Укажите начальный пароль' })
    .max(1000, 'Пароль слишком длинный')
    .meta({ description: 'Начальный пароль; проверяется правилами паролей и хранится только как хеш' }),
});

export const updateStaffUserSchema = patchOf(z.object({ fullName, role, active: flag }));

export const staffUserListQuerySchema = listQuery(['fullName', 'email', 'createdAt'], {
  sort: 'fullName',
  order: 'asc',
}).extend({
  role: role.optional(),
  active: booleanQuery.optional(),
  q: searchText.optional().meta({ description: 'Часть имени или адреса электронной почты' }),
});

export const staffUserSchema = z
  .object({
    id,
    email: z.string(),
    fullName: z.string(),
    role: z.enum(STAFF_ROLES),
    active: z.boolean(),
    lastSignInAt: instant.nullable(),
    ...timestamps,
  })
  .meta({ id: 'RegistryStaffUser', description: 'Учётная запись сотрудника СРО' });
