import { z } from 'zod';
import { EVENT_KIND_LABELS } from '../../domain/cabinet/labels.js';
import { listMemberEvents } from '../../domain/cabinet/list-events.use-case.js';
import { getEventCalendarEntry } from '../../domain/calendar/get-event-calendar-entry.use-case.js';
import type { SroEvent } from '../../domain/events/event.model.js';
import type { ApiRouter } from '../api-router.js';
import { entryFilename, renderEntryFile } from '../calendar/calendar-feed.view.js';
import type { HttpDeps } from '../http-deps.js';
import { idParamsSchema } from '../params.js';
import { attachmentDisposition } from '../shared/content-disposition.js';
import { CABINET_ROUTE, NOT_FOUND_RESPONSE } from './cabinet-route.js';
import {
  eventPageSchema,
  eventsQuerySchema,
  type eventBriefSchema,
  type eventSchema,
} from './events.schema.js';
import { idOf, iso, mapPage } from '../shared/json.js';

export const toEventBrief = (event: SroEvent): z.infer<typeof eventBriefSchema> => ({
  id: idOf(event._id),
  title: event.title,
  kind: event.kind,
  kindLabel: EVENT_KIND_LABELS[event.kind],
  startsAt: iso(event.startsAt),
  endsAt: iso(event.endsAt),
  location: event.location ?? null,
  videoUrl: event.videoUrl ?? null,
});

const toEvent = (event: SroEvent): z.infer<typeof eventSchema> => ({
  ...toEventBrief(event),
  description: event.description,
  forAllMembers: event.audience.length === 0,
});

export function registerEventsRoutes(api: ApiRouter, deps: HttpDeps): void {
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/events',
      summary: 'Семинары, совещания, заседания и общие собрания — с текущего момента или за период',
      query: eventsQuerySchema,
      responses: { 200: { description: 'События по порядку начала', schema: eventPageSchema } },
    },
    async ({ auth, query, res }) => {
      const { page, perPage, from, to } = query;
      res.json(mapPage(await listMemberEvents(auth.memberId, { from, to }, { page, perPage }), toEvent));
    },
  );
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/events/:id.ics',
      summary:
        'Событие файлом iCalendar (.ics), чтобы добавить его в календарь: время по Москве, напоминания за день и ' +
        'за час, тот же UID, что в ленте календаря',
      params: idParamsSchema,
      responses: {
        200: { description: 'Файл .ics с одним событием', schema: z.string(), contentType: 'text/calendar' },
        404: NOT_FOUND_RESPONSE,
      },
    },
    async ({ auth, params, res }) => {
      const entry = await getEventCalendarEntry(auth.memberId, params.id);
      res
        .type('text/calendar; charset=utf-8')
        .set({
          'Content-Disposition': attachmentDisposition(entryFilename(entry)),
          'Cache-Control': 'private, no-store',
        })
        .send(renderEntryFile(entry, deps.publicUrl));
    },
  );
}
