import { z } from 'zod';
import { idSchema } from '../shared/json.js';
import { problemSchema } from '../openapi/problem.schema.js';
import { objectIdSchema } from '../params.js';

/** Schemas the staff correspondence routes (appeals, letters, notifications) share. */

/** One value, several comma-separated values, or the parameter repeated. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => [value].flat().flatMap((part) => (typeof part === 'string' ? part.split(',') : [part])),
    z.array(item).min(1, { error: 'Укажите хотя бы одно значение' }),
  );

/** A required id with a message saying which one is missing. */
export const requiredIdSchema = (message: string) => z.string({ error: message }).pipe(objectIdSchema);

export const flagSchema = z
  .enum(['true', 'false'], { error: 'Укажите true или false' })
  .transform((value) => value === 'true');

export const staffRefSchema = z.object({ id: idSchema, fullName: z.string() }).meta({ id: 'StaffRef' });

export const memberRefSchema = z
  .object({ id: idSchema, shortName: z.string(), inn: z.string() })
  .meta({ id: 'StaffMemberRef' });

export const staffFileSchema = z
  .object({
    fileId: idSchema,
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    url: z.string(),
  })
  .meta({ id: 'StaffFile' });

export const fileParamsSchema = z.object({ id: objectIdSchema, fileId: objectIdSchema });

/** A problem answer of a staff route, for the OpenAPI description. */
export const problemResponse = (description: string) => ({
  description,
  schema: problemSchema,
  contentType: 'application/problem+json',
});

/** The multipart field that carries the files of an answer or a letter. */
export const FILES_FIELD = 'files';

export const filesField = z
  .array(z.string().meta({ format: 'binary' }))
  .optional()
  .meta({ description: 'Файлы (до 10), каждый до 20 МБ' });

export const letterTextSchema = z
  .string({ error: 'Напишите текст письма' })
  .trim()
  .min(1, { error: 'Напишите текст письма' })
  .max(20_000, { error: 'Текст письма — не длиннее 20 000 знаков' });

/** `true` in JSON, or the text `true` in a form. */
const booleanField = z.preprocess(
  (value) => (value === 'true' ? true : value === 'false' ? false : value),
  z.boolean({ error: 'Укажите true или false' }),
);

export const recipientFields = {
  memberIds: listOf(objectIdSchema).optional().meta({ description: 'Члены СРО, через запятую или списком' }),
  all: booleanField.optional().meta({ description: 'true — всем действующим членам СРО' }),
};

/** Exactly one way of naming recipients. */
export const oneRecipientChoice = <T extends Record<string, unknown>>(keys: (keyof T)[]) => ({
  check: (body: T) => keys.filter((key) => body[key] !== undefined && body[key] !== false).length === 1,
  error: { error: `Укажите получателей одним способом: ${keys.join(', ')}`, path: [keys[0] as string] },
});
