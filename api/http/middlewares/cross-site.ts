import type { RequestHandler } from 'express';
import { DomainError } from '../../domain/shared/domain-error.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The header the staff app sends with every call; a cross-site form or script cannot set it without CORS. */
export const APP_HEADER = 'x-requested-with';

const REFUSED = new DomainError(
  'forbidden',
  'Запрос отклонён: изменения по сеансу браузера принимаются только со страниц самого кабинета.',
);

/**
 * A change that rides on the session cookie must come from the cabinet's own pages: an Origin of this site, or, when
 * a client sends no Origin, the app's header. Calls with a bearer token or the bot's key carry no ambient credentials
 * and pass. (The cookie is also SameSite=Lax, so other sites' POSTs do not carry it in current browsers.)
 */
export function refuseCrossSiteChanges(publicUrl: string): RequestHandler {
  const ownOrigin = new URL(publicUrl).origin;
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || req.headers.authorization || !req.headers.cookie) return next();
    const origin = req.headers.origin;
    const sameSite = origin
      ? origin === ownOrigin || origin === `${req.protocol}://${req.get('host')}`
      : false;
    if (sameSite || (!origin && req.headers[APP_HEADER])) return next();
    next(REFUSED);
  };
}
