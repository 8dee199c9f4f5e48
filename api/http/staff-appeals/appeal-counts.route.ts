import { countAppeals } from '../../domain/appeals/count-appeals.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { appealCountsSchema, STAFF_APPEALS_ROUTE } from './staff-appeals.schema.js';

/** The inbox's figures; registered before `/staff/appeals/:id`, which would take `counts` for an id. */
export function registerAppealCountsRoute(api: ApiRouter): void {
  api.add(
    {
      ...STAFF_APPEALS_ROUTE,
      method: 'get',
      path: '/staff/appeals/counts',
      summary: 'Сколько обращений новых, просроченных и назначенных мне',
      responses: { 200: { description: 'Счётчики обращений', schema: appealCountsSchema } },
    },
    async ({ auth, res }) => {
      res.json(await countAppeals(auth.staffId));
    },
  );
}
