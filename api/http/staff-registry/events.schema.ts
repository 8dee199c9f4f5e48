import { z } from 'zod';
import { EVENT_KINDS } from '../../domain/events/event.model.js';
import { objectIdSchema } from '../params.js';
import { id, instant, timestamps } from './answers.js';
import { choice, date, listOf, optionalText, patchOf, text, webLink } from './fields.js';
import { listQuery, periodQuery } from './list-query.js';

const eventShape = z.object({
  title: text(300),
  kind: choice(EVENT_KINDS),
  startsAt: date,
  endsAt: date,
  location: optionalText(500),
  videoUrl: webLink.nullable().optional(),
  description: z.string().trim().max(10_000, 'Не длиннее 10000 символов').optional(),
  audience: listOf(objectIdSchema, 5000)
    .optional()
    .meta({ description: 'Приглашённые члены СРО; пустой список — все члены СРО' }),
});

export const createEventSchema = eventShape;
export const updateEventSchema = patchOf(eventShape);

export const eventListQuerySchema = listQuery(['startsAt'], { sort: 'startsAt', order: 'desc' }).extend({
  ...periodQuery,
});

export const eventSchema = z
  .object({
    id,
    title: z.string(),
    kind: z.enum(EVENT_KINDS),
    startsAt: instant,
    endsAt: instant,
    location: z.string().nullable(),
    videoUrl: z.string().nullable(),
    description: z.string(),
    audience: z.array(id),
    ...timestamps,
  })
  .meta({ id: 'RegistryEvent', description: 'Семинар, совещание, заседание или общее собрание' });
