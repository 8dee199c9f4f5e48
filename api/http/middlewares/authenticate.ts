import { parse as parseCookies } from 'cookie';
import type { RequestHandler } from 'express';
import { resolveSession } from '../../domain/sessions/resolve-session.use-case.js';
import { DomainError } from '../../domain/shared/domain-error.js';

export const SESSION_COOKIE = 'sid';

export function sessionToken(
  header: string | undefined,
  cookieHeader: string | undefined,
): string | undefined {
  const bearer = header?.match(/^Bearer\s+([\w-]{20,128})$/i)?.[1];
  return bearer ?? parseCookies(cookieHeader ?? '')[SESSION_COOKIE];
}

/**
 * Sets `req.principal` when the request carries a live session; a refused one is kept as `req.authFailure`, so that
 * routes needing a session answer with the precise reason while public routes ignore a stale cookie.
 */
export const authenticate: RequestHandler = async (req, _res, next) => {
  const token = sessionToken(req.headers.authorization, req.headers.cookie);
  if (!token) return next();
  try {
    req.principal = await resolveSession(token);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    req.authFailure = error;
  }
  next();
};
