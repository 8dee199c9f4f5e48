import type { Request, Response } from 'express';
import type { SessionClient } from '../../domain/sessions/sessions.repository.js';
import { SESSION_COOKIE } from '../middlewares/authenticate.js';

const cookieOptions = (publicUrl: string) =>
  ({ httpOnly: true, sameSite: 'lax', path: '/', secure: publicUrl.startsWith('https:') }) as const;

/** The session cookie lives as long as a session of its kind; Secure whenever the cabinet is served over HTTPS. */
export function setSessionCookie(res: Response, token: string, ttlMs: number, publicUrl: string): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(publicUrl), maxAge: ttlMs });
}

export function clearSessionCookie(res: Response, publicUrl: string): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(publicUrl));
}

/** Where a session was opened from, as its owner sees it in the list of sessions. */
export function sessionClient(req: Request): SessionClient {
  return { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null };
}
