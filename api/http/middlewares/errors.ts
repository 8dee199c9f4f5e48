import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { DomainError, type DomainErrorCode } from '../../domain/shared/domain-error.js';
import { sendProblem } from '../problem.js';

const DOMAIN_STATUS: Record<DomainErrorCode, { status: number; title: string }> = {
  invalid: { status: 422, title: 'Запрос не может быть выполнен' },
  unauthenticated: { status: 401, title: 'Требуется вход' },
  forbidden: { status: 403, title: 'Доступ запрещён' },
  not_found: { status: 404, title: 'Не найдено' },
  conflict: { status: 409, title: 'Конфликт' },
  gone: { status: 410, title: 'Больше не действует' },
  too_large: { status: 413, title: 'Слишком большой файл' },
  unsupported_type: { status: 415, title: 'Неподдерживаемый тип файла' },
  too_many_attempts: { status: 429, title: 'Слишком много попыток' },
  unavailable: { status: 503, title: 'Сервис временно недоступен' },
};

const BODY_PARSER_PROBLEMS: Record<string, { status: number; type: string; title: string; detail: string }> =
  {
    'entity.parse.failed': {
      status: 400,
      type: 'malformed-body',
      title: 'Некорректное тело запроса',
      detail: 'Тело запроса не является корректным JSON.',
    },
    'entity.too.large': {
      status: 413,
      type: 'body-too-large',
      title: 'Слишком большой запрос',
      detail: 'Размер тела запроса превышает допустимый.',
    },
    'encoding.unsupported': {
      status: 415,
      type: 'unsupported-encoding',
      title: 'Неподдерживаемая кодировка',
      detail: 'Используйте UTF-8.',
    },
  };

export const notFoundHandler: RequestHandler = (req, res) => {
  sendProblem(res, {
    type: 'route-not-found',
    title: 'Адрес не найден',
    status: 404,
    detail: `Нет такого адреса: ${req.method} ${req.path}`,
  });
};

/** The one place where failures become answers: expected ones precisely, unexpected ones as a bare 500. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  if (res.headersSent) return req.socket.destroy();
  if (error instanceof ZodError) {
    return sendProblem(res, {
      type: 'validation',
      title: 'Ошибка в данных запроса',
      status: 400,
      errors: error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    });
  }
  if (error instanceof DomainError) {
    const { status, title } = DOMAIN_STATUS[error.code];
    return sendProblem(res, {
      type: error.code.replaceAll('_', '-'),
      title,
      status,
      detail: error.message,
      ...error.details,
    });
  }
  const bodyProblem = BODY_PARSER_PROBLEMS[(error as { type?: string }).type ?? ''];
  if (bodyProblem) return sendProblem(res, bodyProblem);
  req.log.error({ err: error }, 'request failed');
  sendProblem(res, {
    type: 'internal',
    title: 'Внутренняя ошибка',
    status: 500,
    detail: `Попробуйте ещё раз позже. Код запроса: ${String(req.id)}`,
  });
};
