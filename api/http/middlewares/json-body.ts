import type { RequestHandler } from 'express';
import { sendProblem } from '../problem.js';

export const UNSUPPORTED_MEDIA_TYPE = {
  type: 'unsupported-media-type',
  title: 'Неподдерживаемый тип содержимого',
  status: 415,
  detail: 'Отправьте тело запроса в формате JSON с заголовком Content-Type: application/json.',
} as const;

/** A route that reads JSON refuses a body of any other type, instead of reading it as missing fields. */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.is('application/json') === false) return sendProblem(res, UNSUPPORTED_MEDIA_TYPE);
  next();
};
