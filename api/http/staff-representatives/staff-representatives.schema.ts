import { memberRefSchema } from '../staff-appeals/staff-correspondence.schema.js';
import { z } from 'zod';
import { REPRESENTATIVE_STATUSES } from '../../domain/representatives/representative.model.js';
import { emailSchema } from '../auth/auth.schema.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { objectIdSchema } from '../params.js';

const DAY_MS = 86_400_000;

/** A calendar date means the authority holds through that day, Moscow time; an instant is taken as it is. */
const authorityEndSchema = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()], {
    error: 'Дата окончания полномочий: ГГГГ-ММ-ДД или дата и время ISO 8601',
  })
  .transform((value) =>
    value.length === 10 ? new Date(Date.parse(`${value}T00:00:00+03:00`) + DAY_MS) : new Date(value),
  );

export const memberParamsSchema = z.object({ memberId: objectIdSchema });

export const newRepresentativeSchema = z.object({
  fullName: z.string().trim().min(3, 'Укажите фамилию, имя и отчество').max(200, 'Слишком длинное имя'),
  email: emailSchema,
  phone: z
    .string()
    .trim()
    .regex(/^\+?[\d\s()-]{5,30}$/, 'Телефон: цифры, пробелы, скобки, дефисы и + в начале')
    .nullish(),
  authorityExpiresAt: authorityEndSchema.nullish(),
});

export const representativesQuerySchema = pageQuerySchema.extend({
  memberId: objectIdSchema.optional(),
  status: z.enum(REPRESENTATIVE_STATUSES, 'Статус: pending, active или suspended').optional(),
});

export const suspendBodySchema = z.object({
  reason: z.string().trim().min(3, 'Укажите причину приостановки').max(1000, 'Слишком длинная причина'),
});

const isoDate = z.string().meta({ format: 'date-time' });

export const staffRepresentativeSchema = z
  .object({
    id: z.string(),
    memberId: z.string(),
    fullName: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    status: z.enum(REPRESENTATIVE_STATUSES),
    emailConfirmedAt: isoDate.nullable(),
    authorityExpiresAt: isoDate.nullable(),
    suspendedAt: isoDate.nullable(),
    suspendReason: z.string().nullable(),
    acceptedRegulation: z.object({ version: z.string(), acceptedAt: isoDate }).nullable(),
    telegramLinks: z.number().int().meta({ description: 'Сколько аккаунтов Telegram привязано' }),
    createdAt: isoDate,
  })
  .meta({ id: 'StaffRepresentative' });

export const staffRepresentativePageSchema = pageOf(
  staffRepresentativeSchema
    .extend({ member: memberRefSchema.nullable() })
    .meta({ id: 'StaffRepresentativeRow' }),
).meta({
  id: 'StaffRepresentativePage',
});

export const REPRESENTATIVE_TAGS = ['Представители (сотрудники)'];

/** The answer of a route that changes a representative: the representative as they are afterwards. */
export const representativeAnswer = (description: string) => ({
  200: { description, schema: staffRepresentativeSchema },
});
