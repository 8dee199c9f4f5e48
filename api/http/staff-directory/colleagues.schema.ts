import { z } from 'zod';
import { STAFF_ROLES } from '../../domain/staff/staff-user.model.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { searchText } from '../staff-registry/list-query.js';

export const colleaguesQuerySchema = pageQuerySchema.extend({
  q: searchText.optional().meta({ description: 'Часть имени' }),
});

export const colleagueSchema = z
  .object({ id: z.string(), fullName: z.string(), role: z.enum(STAFF_ROLES) })
  .meta({ id: 'Colleague', description: 'Действующий сотрудник СРО: кому можно назначить обращение' });

export const colleaguePageSchema = pageOf(colleagueSchema);
