import { z } from 'zod';
import { LETTER_DIRECTIONS, LETTER_STATUSES } from '../../domain/letters/letter.model.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { objectIdSchema } from '../params.js';
import { ORDERED_PERIOD_ERROR, orderedPeriod, periodQueryShape } from '../shared/date-range.schema.js';
import { dateTimeSchema, idSchema } from '../shared/json.js';

export const letterBriefSchema = z
  .object({
    id: idSchema,
    direction: z
      .enum(LETTER_DIRECTIONS)
      .meta({ description: 'incoming — от СРО, outgoing — от организации' }),
    directionLabel: z.string(),
    registrationNumber: z.string(),
    status: z.enum(LETTER_STATUSES),
    statusLabel: z.string(),
    subject: z.string(),
    expertName: z
      .string()
      .nullable()
      .meta({ description: 'Эксперт СРО, написавший письмо или работающий с ним' }),
    createdAt: dateTimeSchema,
    readAt: dateTimeSchema.nullable(),
    unread: z.boolean().meta({ description: 'Письмо от СРО, которое ещё не открывали' }),
    attachmentCount: z.number().int(),
    appealId: idSchema.nullable(),
  })
  .meta({ id: 'CabinetLetterBrief' });

export const letterSchema = letterBriefSchema
  .extend({
    text: z.string(),
    attachments: z.array(
      z.object({
        fileId: idSchema,
        filename: z.string(),
        contentType: z.string(),
        size: z.number().int(),
        downloadUrl: z.string().meta({ description: 'Адрес для скачивания файла (с тем же входом)' }),
      }),
    ),
  })
  .meta({ id: 'CabinetLetter' });

export const letterPageSchema = pageOf(letterBriefSchema).meta({ id: 'CabinetLetterPage' });

export const lettersQuerySchema = pageQuerySchema
  .extend({
    direction: z.enum(LETTER_DIRECTIONS, { error: 'Направление: incoming или outgoing' }).optional(),
    unread: z
      .stringbool({ error: 'unread: true или false' })
      .optional()
      .meta({ description: 'Только непрочитанные письма от СРО' }),
    order: z
      .enum(['newest', 'unread_first'], { error: 'Порядок: newest или unread_first' })
      .default('newest')
      .meta({ description: 'unread_first — сначала непрочитанные, в каждой части новые первыми' }),
    ...periodQueryShape,
  })
  .refine(orderedPeriod, ORDERED_PERIOD_ERROR);

export const letterAttachmentParamsSchema = z.object({ id: objectIdSchema, fileId: objectIdSchema });

export const binaryFileSchema = z.string().meta({ format: 'binary' });
