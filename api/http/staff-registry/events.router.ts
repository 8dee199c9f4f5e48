import { createEvent } from '../../domain/events/create-event.use-case.js';
import { deleteEvent } from '../../domain/events/delete-event.use-case.js';
import { getEvent } from '../../domain/events/get-event.use-case.js';
import { listEvents } from '../../domain/events/list-events.use-case.js';
import { updateEvent } from '../../domain/events/update-event.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { pageOf } from '../pagination.js';
import { idParamsSchema } from '../params.js';
import { present, presentPage, problem } from './answers.js';
import { createEventSchema, eventListQuerySchema, eventSchema, updateEventSchema } from './events.schema.js';
import { INVALID_DATA } from './registry-routes.js';

const EVENT_ROUTE = { tags: ['Календарь событий (сотрудники)'], auth: 'staff' as const };
const NOT_FOUND = { 404: problem('Событие не найдено') };

export function registerEventRoutes(api: ApiRouter): void {
  api
    .add(
      {
        ...EVENT_ROUTE,
        method: 'get',
        path: '/staff/events',
        summary: 'События календаря, пересекающиеся с периодом from–to, по началу',
        query: eventListQuerySchema,
        responses: { 200: { description: 'Страница событий', schema: pageOf(eventSchema) } },
      },
      async ({ query, res }) => {
        const { page, perPage, order, from, to } = query;
        res.json(presentPage(eventSchema, await listEvents({ from, to }, order, { page, perPage })));
      },
    )
    .add(
      {
        ...EVENT_ROUTE,
        method: 'post',
        path: '/staff/events',
        summary:
          'Добавить событие: вид, время начала и окончания, место, ссылка на видеоконференцию, участники',
        body: createEventSchema,
        responses: { 201: { description: 'Добавлено', schema: eventSchema }, ...INVALID_DATA },
      },
      async ({ body, req, res }) => {
        res.status(201).json(present(eventSchema, await createEvent(body, auditContext(req))));
      },
    )
    .add(
      {
        ...EVENT_ROUTE,
        method: 'get',
        path: '/staff/events/:id',
        summary: 'Событие',
        params: idParamsSchema,
        responses: { 200: { description: 'Событие', schema: eventSchema }, ...NOT_FOUND },
      },
      async ({ params, res }) => {
        res.json(present(eventSchema, await getEvent(params.id)));
      },
    )
    .add(
      {
        ...EVENT_ROUTE,
        method: 'patch',
        path: '/staff/events/:id',
        summary: 'Изменить событие',
        params: idParamsSchema,
        body: updateEventSchema,
        responses: { 200: { description: 'Изменено', schema: eventSchema }, ...NOT_FOUND, ...INVALID_DATA },
      },
      async ({ params, body, req, res }) => {
        res.json(present(eventSchema, await updateEvent(params.id, body, auditContext(req))));
      },
    )
    .add(
      {
        ...EVENT_ROUTE,
        method: 'delete',
        path: '/staff/events/:id',
        summary: 'Удалить событие',
        params: idParamsSchema,
        responses: { 204: { description: 'Удалено' }, ...NOT_FOUND },
      },
      async ({ params, req, res }) => {
        await deleteEvent(params.id, auditContext(req));
        res.status(204).end();
      },
    );
}
