import { z } from 'zod';
import { pageQuerySchema } from '../pagination.js';
import { choice, dayOrInstant } from './fields.js';

/** `asc`/`desc` in any case, as admin apps send it. */
const order = z
  .enum(['asc', 'desc', 'ASC', 'DESC'], { error: 'Порядок — asc или desc' })
  .transform((value) => value.toLowerCase() as 'asc' | 'desc');

/** Page, sort field and order of a staff list; the filters are added by each list. */
export const listQuery = <const F extends readonly [string, ...string[]]>(
  sortFields: F,
  defaults: { sort: F[number]; order: 'asc' | 'desc' },
) =>
  pageQuerySchema.extend({
    sort: choice(sortFields).default(defaults.sort),
    order: order.default(defaults.order),
  });

export const searchText = z.string().trim().min(1, 'Пустой запрос').max(200, 'Не длиннее 200 символов');

/** Moscow has kept UTC+3 all year round since 2014; a bare day of a period is a whole SRO day. */
const inMoscow = (value: string, time: string) =>
  new Date(value.length === 10 ? `${value}T${time}+03:00` : value);

/** An instant, or a bare day taken as its first moment in Moscow. */
export const moscowDayStart = dayOrInstant.transform((value) => inMoscow(value, '00:00:00.000'));

export const periodQuery = {
  from: moscowDayStart.optional(),
  to: dayOrInstant.transform((value) => inMoscow(value, '23:59:59.999')).optional(),
};

export const booleanQuery = z
  .enum(['true', 'false'], { error: 'Укажите true или false' })
  .transform((value) => value === 'true');
