import { z, type ZodType } from 'zod';
import type { Page } from '../../domain/shared/page.js';
import { problemSchema } from '../openapi/problem.schema.js';

/** Answered fields: ids as 24 hexadecimal characters, instants as ISO 8601 in UTC. */
export const id = z.string().meta({ description: 'Идентификатор (24 шестнадцатеричных знака)' });
export const instant = z.iso.datetime();
export const rubles = z.number().meta({ description: 'Сумма в рублях' });

export const timestamps = { createdAt: instant, updatedAt: instant };

/**
 * A stored document as its answer: `_id` as `id` (what the admin app keys records by), ids and dates as JSON writes
 * them, and only the fields the schema describes, so nothing stored by mistake (a hash, say) can leak out.
 */
export function present<T extends ZodType>(schema: T, document: object): z.output<T> {
  const { _id, ...fields } = JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
  const answer = schema.safeParse({ id: _id, ...fields });
  if (answer.success) return answer.data;
  // A stored document the schema does not describe is our fault (500), not the caller's (400); no values are logged.
  const paths = answer.error.issues.map((issue) => issue.path.join('.')).join(', ');
  throw new Error(`stored document does not match its answer schema at: ${paths}`);
}

export function presentPage<T extends ZodType>(schema: T, page: Page<object>): Page<z.output<T>> {
  return { ...page, items: page.items.map((item) => present(schema, item)) };
}

export const problem = (description: string) => ({
  description,
  schema: problemSchema,
  contentType: 'application/problem+json',
});
