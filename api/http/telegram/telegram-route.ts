import { problemSchema } from '../openapi/problem.schema.js';

export const TELEGRAM_TAGS = ['Telegram'];

export const problem = (description: string) => ({
  description,
  schema: problemSchema,
  contentType: 'application/problem+json',
});
