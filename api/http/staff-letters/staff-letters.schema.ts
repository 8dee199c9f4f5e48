import { z } from 'zod';
import { LETTER_DIRECTIONS, LETTER_STATUSES } from '../../domain/letters/letter.model.js';
import type { Recipients } from '../../domain/letters/letters-staff.repository.js';
import { FUNDS, MAX_LEVEL } from '../../domain/levels/fund.js';
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

const letterRecipients = oneRecipientChoice<{
  memberIds?: string[];
  memberStatus?: string;
  levelFund?: string;
  all?: boolean;
}>(['memberIds', 'memberStatus', 'levelFund', 'all']);

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
    levelFund: z
      .enum(FUNDS, { error: 'Фонд: vv (КФ ВВ) или odo (КФ ОДО)' })
      .optional()
      .meta({ description: 'Всем действующим членам СРО с уровнем level в этом фонде' }),
    level: z.coerce
      .number({ error: 'Укажите уровень ответственности числом' })
      .int({ error: 'Уровень — целое число' })
      .min(0, { error: 'Уровень — от 0' })
      .max(MAX_LEVEL, { error: `Уровень — не больше ${MAX_LEVEL}` })
      .optional(),
    files: filesField,
  })
  .refine(letterRecipients.check, letterRecipients.error)
  .refine((body) => !body.levelFund || body.level !== undefined, {
    error: 'Укажите уровень ответственности',
    path: ['level'],
  })
  .transform(({ memberIds, memberStatus, levelFund, level, subject, text }) => ({
    subject,
    text,
    recipients: (memberIds
      ? { memberIds }
      : memberStatus
        ? { memberStatus }
        : levelFund
          ? { memberLevel: { fund: levelFund, level: level! } }
          : { all: true }) as Recipients,
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
