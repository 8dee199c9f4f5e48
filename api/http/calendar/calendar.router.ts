import { getCalendarSubscription } from '../../domain/calendar/get-calendar-subscription.use-case.js';
import { rotateCalendarSubscription } from '../../domain/calendar/rotate-calendar-subscription.use-case.js';
import type { ApiRouter } from '../api-router.js';
import type { HttpDeps } from '../http-deps.js';
import { calendarSubscriptionView } from './calendar-subscription.view.js';
import { calendarSubscriptionSchema } from './calendar.schema.js';

const ROUTE = { tags: ['Календарь'], auth: 'representative' as const };
const SUBSCRIPTION = { description: 'Адрес для подписки в календаре', schema: calendarSubscriptionSchema };

/** /calendar: the representative's secret iCalendar address (events, deadlines, expiries). */
export function registerCalendarRoutes(api: ApiRouter, deps: HttpDeps): void {
  api.add(
    {
      ...ROUTE,
      method: 'get',
      path: '/calendar/subscription',
      summary:
        'Адрес календаря для подписки: мероприятия, сроки отчётов, страховки, взносов и ответов на обращения',
      responses: { 200: SUBSCRIPTION },
    },
    async ({ auth, res }) => {
      const { token } = await getCalendarSubscription(auth.representativeId);
      res.json(calendarSubscriptionView(deps.publicUrl, token));
    },
  );
  api.add(
    {
      ...ROUTE,
      method: 'post',
      path: '/calendar/subscription/rotate',
      summary: 'Новый адрес календаря; прежний сразу перестаёт работать',
      responses: { 200: SUBSCRIPTION },
    },
    async ({ auth, res }) => {
      const { token } = await rotateCalendarSubscription(auth.representativeId);
      res.json(calendarSubscriptionView(deps.publicUrl, token));
    },
  );
}
