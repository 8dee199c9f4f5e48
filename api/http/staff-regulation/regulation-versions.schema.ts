import { z } from 'zod';
import { id, instant, timestamps } from '../staff-registry/answers.js';
import { optionalText, text, webLink } from '../staff-registry/fields.js';
import { moscowDayStart } from '../staff-registry/list-query.js';

export const publishRegulationSchema = z
  .object({
    version: text(100).meta({ description: 'Номер редакции, например СС-СРО-ОД-06-2026-02' }),
    title: text(500),
    text: optionalText(200_000).meta({ description: 'Текст редакции' }),
    url: webLink.nullable().optional().meta({ description: 'Или ссылка на документ' }),
    effectiveFrom: moscowDayStart.optional().meta({
      description: 'С какого дня (по Москве) или момента действует; по умолчанию — сразу',
    }),
  })
  .refine((draft) => Boolean(draft.text || draft.url), {
    path: ['text'],
    message: 'Укажите текст регламента или ссылку на него',
  })
  .transform((draft) => ({ ...draft, text: draft.text ?? null, url: draft.url ?? null }));

export const regulationVersionSchema = z
  .object({
    id,
    version: z.string(),
    title: z.string(),
    text: z.string().nullable(),
    url: z.string().nullable(),
    effectiveFrom: instant,
    current: z.boolean().meta({ description: 'Действующая редакция: её принимают представители' }),
    ...timestamps,
  })
  .meta({ id: 'StaffRegulationVersion', description: 'Редакция Регламента «Личный кабинет члена СРО»' });
