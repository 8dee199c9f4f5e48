import { z, type ZodObject, type ZodRawShape } from 'zod';
import { toKopecks } from '../../domain/shared/money.js';

/** Input fields of the staff registry with Russian messages, one per field, for the admin app's forms. */
const FILL = 'Заполните поле';
const expecting = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? FILL : what),
});

export const text = (max = 500) =>
  z.string(expecting('Ожидается текст')).trim().min(1, FILL).max(max, `Не длиннее ${max} символов`);

/** Optional text; an empty string clears the field (stored as null). */
export const optionalText = (max = 2000) =>
  z
    .string(expecting('Ожидается текст'))
    .trim()
    .max(max, `Не длиннее ${max} символов`)
    .transform((value) => value || null)
    .nullable()
    .optional();

export const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, expecting(`Допустимые значения: ${values.join(', ')}`));

export const flag = z.boolean(expecting('Укажите true или false'));

export const dayOrInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'Укажите дату (2026-03-31) или момент времени ISO 8601 (2026-03-31T09:00:00Z)',
});

/** A stored date: a bare day is kept as its UTC midnight, like every date of the registry. */
export const date = dayOrInstant.transform((value) => new Date(value));

export const money = z
  .number(expecting('Укажите сумму в рублях числом'))
  .nonnegative('Сумма не может быть отрицательной')
  .max(1e15, 'Слишком большая сумма')
  .refine(
    (amount) => Math.abs(toKopecks(amount) - amount * 100) < 1e-6,
    'Не больше двух знаков после запятой',
  );

export const webLink = z.url({
  protocol: /^https?$/,
  error: 'Укажите ссылку, начинающуюся с https:// или http://',
});

export const email = z
  .email({ error: 'Укажите адрес электронной почты, например info@example.ru' })
  .transform((value) => value.toLowerCase());

export const group = <T extends ZodRawShape>(shape: T) => z.object(shape, expecting('Ожидается объект'));

export const listOf = <T extends z.ZodType>(item: T, max = 100) =>
  z.array(item, expecting('Ожидается список')).max(max, `Не больше ${max} элементов`);

/** A partial change: any of the fields, at least one. */
export const patchOf = <T extends ZodRawShape>(object: ZodObject<T>) =>
  object
    .partial()
    .refine((changes) => Object.keys(changes).length > 0, 'Укажите хотя бы одно поле для изменения');
