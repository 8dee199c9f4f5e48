import { z } from 'zod';
import { LETTER_DIRECTIONS, LETTER_STATUSES } from '../../domain/letters/letter.model.js';
import type { Recipients } from '../../domain/letters/letters-staff.repository.js';
import { MEMBER_STATUSES } from '../../domain/members/member.model.js';
import { ORDERED_PERIOD_ERROR, orderedPeriod, periodQueryShape } from '../shared/date-range.schema.js';
import { dateTimeSchema, idSchema } from '../shared/json.js';
import { pageQuerySchema } from '../pagination.js';
import { objectIdSchema } from '../params.js';
import {
  filesField,
  flagSchema,
  letterTextSchema,
  memberRefSchema,
  oneRecipientChoice,
  recipientFields,
  staffFileSchema,
  staffRefSchema,
} from '../staff-appeals/staff-correspondence.schema.js';

export const lettersQuerySchema = pageQuerySchema
  .extend({
    memberId: objectIdSchema.optional(),
    direction: z
      .enum(LETTER_DIRECTIONS, { error: 'Направление: incoming (от СРО) или outgoing (от члена СРО)' })
      .optional(),
    status: z.enum(LETTER_STATUSES, { error: 'Неизвестный статус письма' }).optional(),
    unread: flagSchema.optional().meta({ description: 'true — письма СРО, которые член СРО ещё не открыл' }),
    ...periodQueryShape,
  })
  .refine(orderedPeriod, ORDERED_PERIOD_ERROR);

const letterRecipients = oneRecipientChoice<{ memberIds?: string[]; memberStatus?: string; all?: boolean }>([
  'memberIds',
  'memberStatus',
  'all',
]);

export const sendLetterBodySchema = z
  .object({
    subject: z
      .string({ error: 'Укажите тему письма' })
      .trim()
      .min(1, { error: 'Укажите тему письма' })
      .max(300, { error: 'Тема письма — не длиннее 300 знаков' }),
    text: letterTextSchema,
    ...recipientFields,
    memberStatus: z
      .enum(MEMBER_STATUSES, { error: 'Неизвестный статус члена СРО' })
      .optional()
      .meta({ description: 'Всем членам СРО в этом статусе' }),
    files: filesField,
  })
  .refine(letterRecipients.check, letterRecipients.error)
  .transform(({ memberIds, memberStatus, subject, text }) => ({
    subject,
    text,
    recipients: (memberIds ? { memberIds } : memberStatus ? { memberStatus } : { all: true }) as Recipients,
  }));

export const staffLetterSchema = z
  .object({
    id: idSchema,
    registrationNumber: z.string(),
    direction: z.enum(LETTER_DIRECTIONS),
    directionLabel: z.string(),
    status: z.enum(LETTER_STATUSES),
    statusLabel: z.string(),
    subject: z.string(),
    member: memberRefSchema.nullable(),
    expert: staffRefSchema.nullable(),
    appealId: idSchema.nullable(),
    attachmentsCount: z.number().int(),
    readAt: dateTimeSchema.nullable(),
    createdAt: dateTimeSchema,
  })
  .meta({ id: 'StaffLetterRow' });

export const staffLetterDetailSchema = staffLetterSchema
  .extend({
    text: z.string(),
    representativeId: idSchema.nullable(),
    attachments: z.array(staffFileSchema),
  })
  .meta({ id: 'StaffLetter' });

export const lettersSentSchema = z
  .object({
    count: z.number().int(),
    letters: z.array(z.object({ id: idSchema, memberId: idSchema, registrationNumber: z.string() })),
  })
  .meta({ id: 'StaffLettersSent' });
