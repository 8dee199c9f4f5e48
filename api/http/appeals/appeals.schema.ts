import { z } from 'zod';
import { APPEAL_CATEGORIES } from '../../domain/appeals/appeal-category.js';
import { appealDetailsSchema } from '../../domain/appeals/appeal-details.schema.js';
import { APPEAL_STATUSES, SIGNATURE_STATUSES } from '../../domain/appeals/appeal.model.js';
import { MAX_ATTACHMENTS } from '../../domain/uploads/upload-limits.js';
import { dateTimeSchema, idSchema } from '../shared/json.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { objectIdSchema } from '../params.js';

const MAX_TEXT_LENGTH = 5000;

const binary = (description: string) => z.string().meta({ format: 'binary', description });

/** `details` is a JSON object in a text field of the form; empty or absent means {}. */
const detailsField = z
  .string()
  .optional()
  .transform((json, ctx) => {
    if (!json?.trim()) return {};
    try {
      return JSON.parse(json) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Сведения обращения должны быть объектом JSON' });
      return z.NEVER;
    }
  })
  .meta({
    description:
      'Сведения по категории — объект JSON, поля которого перечислены в GET /appeal-categories, ' +
      'например {"copies": 2, "delivery": "electronic"}',
  });

/** The form of a new appeal; the details are checked by the schema of its category, with a message per field. */
export const fileAppealFormSchema = z
  .object({
    category: z.enum(APPEAL_CATEGORIES, { error: 'Выберите категорию обращения' }),
    text: z
      .string({ error: 'Текст обращения — строка' })
      .trim()
      .max(MAX_TEXT_LENGTH, { error: `Текст обращения — не длиннее ${MAX_TEXT_LENGTH} знаков` })
      .default(''),
    details: detailsField,
    files: z
      .array(binary('Файл'))
      .max(MAX_ATTACHMENTS)
      .optional()
      .meta({
        description: `Приложенные файлы: до ${MAX_ATTACHMENTS}, каждый до 20 МБ`,
      }),
    document: binary('Подписанный документ (для обращений, меняющих сведения реестра)').optional(),
    signature: binary('Открепленная подпись CMS (PKCS#7) документа: .sig или .p7s, DER или PEM').optional(),
  })
  .transform(({ category, details, text }, ctx) => {
    const parsed = appealDetailsSchema.safeParse({ category, details });
    if (parsed.success) return { appeal: parsed.data, text };
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    }
    return z.NEVER;
  });

export const idempotencyHeadersSchema = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/, { error: 'Idempotency-Key — от 1 до 255 печатных знаков ASCII' })
    .optional(),
});

export const memberAppealsQuerySchema = pageQuerySchema.extend({
  status: z.enum(APPEAL_STATUSES, { error: 'Неизвестный статус обращения' }).optional(),
  category: z.enum(APPEAL_CATEGORIES, { error: 'Неизвестная категория обращения' }).optional(),
});

export const appealFileParamsSchema = z.object({ id: objectIdSchema, fileId: objectIdSchema });

const summaryShape = {
  registrationNumber: z.string().meta({ description: 'Например, ОБР-2026-000123' }),
  id: idSchema,
  category: z.enum(APPEAL_CATEGORIES),
  categoryTitle: z.string(),
  status: z.enum(APPEAL_STATUSES),
  statusLabel: z.string(),
  createdAt: dateTimeSchema,
  dueAt: dateTimeSchema,
  expertName: z.string().nullable(),
  answerLetterId: idSchema.nullable(),
};

export const memberAppealSummarySchema = z.object(summaryShape).meta({ id: 'MemberAppealSummary' });
export const memberAppealPageSchema = pageOf(memberAppealSummarySchema).meta({ id: 'MemberAppealPage' });

export const memberAppealSchema = z
  .object({
    ...summaryShape,
    text: z.string(),
    details: z.record(z.string(), z.unknown()),
    files: z.array(
      z
        .object({ fileId: idSchema, filename: z.string(), contentType: z.string(), size: z.number().int() })
        .meta({ id: 'MemberAppealFile' }),
    ),
    signature: z
      .object({
        status: z.enum(SIGNATURE_STATUSES),
        signer: z.object({
          fullName: z.string().nullable(),
          inn: z.string().nullable(),
          ogrn: z.string().nullable(),
          title: z.string().nullable(),
        }),
        note: z.string().nullable(),
        documentFileId: idSchema.nullable(),
        signatureFileId: idSchema.nullable(),
      })
      .meta({ id: 'MemberAppealSignature' }),
    statusHistory: z.array(
      z
        .object({
          status: z.enum(APPEAL_STATUSES),
          statusLabel: z.string(),
          at: dateTimeSchema,
          comment: z.string().nullable(),
        })
        .meta({ id: 'MemberAppealStatusChange' }),
    ),
  })
  .meta({ id: 'MemberAppeal' });
