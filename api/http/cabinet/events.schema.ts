import { z } from 'zod';
import { EVENT_KINDS } from '../../domain/events/event.model.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { ORDERED_PERIOD_ERROR, orderedPeriod, periodQueryShape } from '../shared/date-range.schema.js';
import { dateTimeSchema, idSchema } from '../shared/json.js';

export const eventBriefSchema = z
  .object({
    id: idSchema,
    title: z.string(),
    kind: z.enum(EVENT_KINDS),
    kindLabel: z.string(),
    startsAt: dateTimeSchema,
    endsAt: dateTimeSchema,
    location: z.string().nullable(),
    videoUrl: z.string().nullable().meta({ description: 'Ссылка на видеоконференцию' }),
  })
  .meta({ id: 'CabinetEventBrief' });

export const eventSchema = eventBriefSchema
  .extend({
    description: z.string(),
    forAllMembers: z.boolean().meta({ description: 'Для всех членов СРО, а не только для этой организации' }),
  })
  .meta({ id: 'CabinetEvent' });

export const eventPageSchema = pageOf(eventSchema).meta({ id: 'CabinetEventPage' });

export const eventsQuerySchema = pageQuerySchema
  .extend(periodQueryShape)
  .refine(orderedPeriod, ORDERED_PERIOD_ERROR);
