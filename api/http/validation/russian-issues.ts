import { z } from 'zod';
import { plural } from '../../domain/shared/russian-plural.js';
import { FIELD_LABELS, type FieldLabel } from './field-labels.js';

type Issue = z.core.$ZodRawIssue;

const BODY: FieldLabel = 'тело запроса';

const TYPE_NAMES: Record<string, string> = {
  string: 'строка',
  number: 'число',
  int: 'целое число',
  bigint: 'целое число',
  boolean: 'true или false',
  array: 'список',
  object: 'объект',
  date: 'дата',
  null: 'null',
  file: 'файл',
};

const FORMATS: Record<string, string> = {
  email: 'неверный адрес электронной почты',
  url: 'ожидается адрес вида https://…',
  datetime: 'ожидаются дата и время в формате ISO 8601, например 2025-03-31T10:00:00+03:00',
  date: 'ожидается дата в формате ГГГГ-ММ-ДД',
  time: 'ожидается время в формате ЧЧ:ММ',
};

const characters = (count: number) => `${count} ${plural(count, ['символа', 'символов', 'символов'])}`;
const items = (count: number) => `${count} ${plural(count, ['элемента', 'элементов', 'элементов'])}`;

function labelOf(path: readonly PropertyKey[]): FieldLabel {
  const keys = path.filter((key): key is string => typeof key === 'string');
  if (keys.length === 0) return BODY;
  return FIELD_LABELS[keys.join('.')] ?? FIELD_LABELS[keys.at(-1)!] ?? `поле «${keys.join('.')}»`;
}

const nominative = (label: FieldLabel) => (typeof label === 'string' ? label : label[0]);
const accusative = (label: FieldLabel) => (typeof label === 'string' ? label : label[1]);
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

const isBlank = (input: unknown) =>
  input === undefined ||
  input === null ||
  (typeof input === 'string' && input.trim() === '') ||
  (Array.isArray(input) && input.length === 0);

/** What is wrong, after the field's name. */
function problem(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = TYPE_NAMES[typeOf(issue.input)];
      const expected = TYPE_NAMES[issue.expected] ?? 'другое значение';
      return received ? `ожидается ${expected}, а не ${received}` : `ожидается ${expected}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return `не короче ${characters(min)}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `не меньше ${items(min)}`;
      if (issue.origin === 'date') return `не раньше ${new Date(min).toISOString()}`;
      return issue.inclusive ? `не меньше ${min}` : `больше ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `не длиннее ${characters(max)}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `не больше ${items(max)}`;
      if (issue.origin === 'file') return 'слишком большой файл';
      if (issue.origin === 'date') return `не позже ${new Date(max).toISOString()}`;
      return issue.inclusive ? `не больше ${max}` : `меньше ${max}`;
    }
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'неверный формат';
    case 'not_multiple_of':
      return `ожидается число, кратное ${String(issue.divisor)}`;
    case 'invalid_value': {
      const values = issue.values.map((value) => `«${String(value)}»`);
      return values.length === 1 ? `ожидается ${values[0]}` : `допустимые значения: ${values.join(', ')}`;
    }
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `лишнее поле «${issue.keys[0]}»`
        : `лишние поля ${issue.keys.map((key) => `«${key}»`).join(', ')}`;
    case 'invalid_key':
      return 'неверный ключ';
    case 'invalid_element':
      return 'неверный элемент';
    default:
      return 'неверное значение';
  }
}

/**
 * Zod's message for an issue whose schema gave none, in Russian and naming the field: «Укажите ИНН»,
 * «Текст: не длиннее 4000 символов».
 */
export function russianIssueMessage(issue: Issue): string {
  const label = labelOf(issue.path ?? []);
  const missing =
    (issue.code === 'invalid_type' && issue.input === undefined) ||
    (issue.code === 'too_small' && Number(issue.minimum) <= 1 && isBlank(issue.input));
  if (missing) return `Укажите ${accusative(label)}`;
  return `${capitalized(nominative(label))}: ${problem(issue)}`;
}

/** Every zod message a person can see in Russian: the fields' own first, then ours, then zod's Russian locale. */
export function useRussianValidationMessages(): void {
  z.config({ ...z.locales.ru(), customError: russianIssueMessage });
}
