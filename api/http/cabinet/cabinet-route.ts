import { problemSchema } from '../openapi/problem.schema.js';

/** What every cabinet route shares: a representative's session, scoped to the member it represents. */
export const CABINET_ROUTE = { tags: ['Личный кабинет'], auth: 'representative' as const };

export const NOT_FOUND_RESPONSE = {
  description: 'Не найдено (или принадлежит другому члену СРО)',
  schema: problemSchema,
  contentType: 'application/problem+json',
};
