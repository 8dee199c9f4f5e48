import type { ErrorRequestHandler } from 'express';
import { ZodError } from 'zod';
import { DomainError, type DomainErrorCode } from '../../domain/shared/domain-error.js';
import { sendMessagePage } from './page-layout.js';

const BY_REASON: Record<string, { status: number; title: string }> = {
  token_unknown: { status: 404, title: 'Ссылка не найдена' },
  token_used: { status: 410, title: 'Ссылка уже использована' },
  token_expired: { status: 410, title: 'Срок действия ссылки истёк' },
  token_superseded: { status: 410, title: 'Ссылка больше не действует' },
};

const BY_CODE: Partial<Record<DomainErrorCode, { status: number; title: string }>> = {
  forbidden: { status: 403, title: 'Доступ закрыт' },
  too_many_attempts: { status: 429, title: 'Слишком много попыток' },
  unavailable: { status: 503, title: 'Сервис временно недоступен' },
};

/** Failures of the account pages answered as pages, never as JSON. */
export const accountPageErrors: ErrorRequestHandler = (error, req, res, _next) => {
  if (error instanceof DomainError) {
    const known = BY_REASON[String(error.details.reason)] ?? BY_CODE[error.code];
    return sendMessagePage(res, known?.status ?? 422, known?.title ?? 'Запрос не выполнен', error.message);
  }
  const status = (error as { status?: unknown }).status;
  if (error instanceof ZodError || (typeof status === 'number' && status >= 400 && status < 500)) {
    return sendMessagePage(
      res,
      400,
      'Запрос не выполнен',
      'Форма заполнена неверно. Откройте ссылку из письма ещё раз.',
    );
  }
  req.log.error({ err: error }, 'account page failed');
  sendMessagePage(res, 500, 'Внутренняя ошибка', `Попробуйте ещё раз позже. Код запроса: ${String(req.id)}`);
};
