import type { z } from 'zod';
import { EVENT_KIND_LABELS } from '../../domain/cabinet/labels.js';
import { listMemberEvents } from '../../domain/cabinet/list-events.use-case.js';
import type { SroEvent } from '../../domain/events/event.model.js';
import type { ApiRouter } from '../api-router.js';
import { CABINET_ROUTE } from './cabinet-route.js';
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

export function registerEventsRoutes(api: ApiRouter): void {
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
}
