import type { Request } from 'express';
import { rateLimit, type RateLimitInfo, type RateLimitRequestHandler } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { DomainError } from '../../domain/shared/domain-error.js';
import { plural } from '../../domain/shared/russian-plural.js';
import { hashSecretToken } from '../../domain/shared/secret-token.js';
import type { HttpDeps } from '../http-deps.js';

const MINUTE_MS = 60_000;

export interface LimitSpec {
  windowMs: number;
  limit: number;
  /** Whose attempts are counted; the client's address (IPv6 by /56) when absent. */
  key?: (req: Request) => string;
  /** When given, only answers with these statuses count, so that ordinary use never locks anyone out. */
  failures?: readonly number[];
  /** The Russian explanation, given the minutes to wait. */
  message: (minutes: string) => string;
}

const field = (req: Request, name: string): string => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name] ?? req.query[name];
  return typeof value === 'string' ? value.trim().toLowerCase().slice(0, 200) : '';
};

/** Counters are kept under hashes, so that Redis holds no INNs, e-mails or tokens. */
const signInAccountKey = (inn: string, email: string) => hashSecretToken(`${inn}|${email}`);
const byAccount = (req: Request) => signInAccountKey(field(req, 'inn'), field(req, 'email'));
const staffAccountKey = (email: string) => hashSecretToken(email);
const byStaffEmail = (req: Request) => staffAccountKey(field(req, 'email'));
const byLinkToken = (req: Request) => hashSecretToken(field(req, 'token'));
const byPerson = (req: Request) => {
  const principal = req.principal;
  return principal?.kind === 'representative' ? principal.representativeId : (principal?.staffId ?? '');
};

const TRY_AGAIN = (minutes: string) => `Повторите попытку через ${minutes}.`;

const LIMITS = {
  signInByAddress: {
    windowMs: 15 * MINUTE_MS,
    limit: 30,
    failures: [401],
    message: (m) => `Слишком много неудачных попыток входа с вашего адреса. ${TRY_AGAIN(m)}`,
  },
  signInByAccount: {
    windowMs: 15 * MINUTE_MS,
    limit: 5,
    key: byAccount,
    failures: [401],
    message: (m) =>
      `Слишком много неудачных попыток входа: вход в эту учётную запись временно заблокирован. ${TRY_AGAIN(m)} ` +
      'Или восстановите пароль: после смены пароля блокировка снимается сразу.',
  },
  staffSignInByAddress: {
    windowMs: 15 * MINUTE_MS,
    limit: 30,
    failures: [401],
    message: (m) => `Слишком много неудачных попыток входа с вашего адреса. ${TRY_AGAIN(m)}`,
  },
  staffSignInByAccount: {
    windowMs: 15 * MINUTE_MS,
    limit: 5,
    key: byStaffEmail,
    failures: [401],
    message: (m) =>
      `Слишком много неудачных попыток входа: учётная запись временно заблокирована. ${TRY_AGAIN(m)} ` +
      'Если вы забыли пароль, обратитесь к администратору СРО.',
  },
  linkByAddress: {
    windowMs: 15 * MINUTE_MS,
    limit: 30,
    message: (m) => `Слишком много обращений по ссылкам из писем с вашего адреса. ${TRY_AGAIN(m)}`,
  },
  linkByToken: {
    windowMs: 15 * MINUTE_MS,
    limit: 10,
    key: byLinkToken,
    message: (m) => `Слишком много попыток по этой ссылке. ${TRY_AGAIN(m)}`,
  },
  resetRequestByAddress: {
    windowMs: 60 * MINUTE_MS,
    limit: 10,
    message: (m) => `Слишком много запросов на восстановление пароля с вашего адреса. ${TRY_AGAIN(m)}`,
  },
  resetRequestByAccount: {
    windowMs: 60 * MINUTE_MS,
    limit: 3,
    key: byAccount,
    message: (m) => `Письмо для восстановления пароля уже отправлялось несколько раз. ${TRY_AGAIN(m)}`,
  },
  passwordChangeByAccount: {
    windowMs: 15 * MINUTE_MS,
    limit: 5,
    key: byPerson,
    failures: [422],
    message: (m) => `Слишком много неудачных попыток сменить пароль. ${TRY_AGAIN(m)}`,
  },
} satisfies Record<string, LimitSpec>;

export type RateLimits = Record<keyof typeof LIMITS, RateLimitRequestHandler> & {
  /** Forgets an account's failed sign-ins, after a successful sign-in or a password reset. */
  clearSignInFailures(inn: string, email: string): Promise<void>;
  clearStaffSignInFailures(email: string): Promise<void>;
};

function minutesText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} ${plural(minutes, ['минуту', 'минуты', 'минут'])}`;
}

/** One limiter; the name keeps its counters apart from other limiters' in Redis. */
export function limiter(name: string, spec: LimitSpec, deps: HttpDeps): RateLimitRequestHandler {
  const redis = deps.redis;
  return rateLimit({
    windowMs: spec.windowMs,
    limit: spec.limit,
    standardHeaders: false,
    legacyHeaders: false,
    ...(spec.key ? { keyGenerator: spec.key } : {}),
    ...(spec.failures
      ? {
          skipSuccessfulRequests: true,
          requestWasSuccessful: (_req, res) => !spec.failures!.includes(res.statusCode),
        }
      : {}),
    ...(redis
      ? {
          store: new RedisStore({
            prefix: `rate-limit:${name}:`,
            sendCommand: (command: string, ...args: string[]) =>
              redis.call(command, ...args) as Promise<RedisReply>,
          }),
        }
      : {}),
    logger: {
      error: (error, message) => deps.log.error({ err: error }, message ?? 'rate limiter failed'),
      warn: (error, message) => deps.log.warn({ err: error }, message ?? 'rate limiter warning'),
    },
    handler: (req, res, next) => {
      const info = (req as Request & { rateLimit?: RateLimitInfo }).rateLimit;
      const waitMs = info?.resetTime ? info.resetTime.getTime() - Date.now() : spec.windowMs;
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      res.setHeader('Retry-After', String(seconds));
      next(new DomainError('too_many_attempts', spec.message(minutesText(seconds)), { retryAfter: seconds }));
    },
  });
}

const created = new WeakMap<HttpDeps, RateLimits>();

/**
 * The app's rate limiters, created once per app so that the API and the pages share counters even in memory.
 * Counters live in Redis when there is one, so that every API process sees the same attempts.
 */
export function rateLimitsFor(deps: HttpDeps): RateLimits {
  let limits = created.get(deps);
  if (!limits) {
    const handlers = Object.fromEntries(
      Object.entries(LIMITS).map(([name, spec]) => [name, limiter(name, spec, deps)]),
    ) as Record<keyof typeof LIMITS, RateLimitRequestHandler>;
    limits = {
      ...handlers,
      clearSignInFailures: async (inn, email) => {
        for (const key of [signInAccountKey(inn, ''), signInAccountKey(inn, email.toLowerCase())]) {
          await handlers.signInByAccount.resetKey(key);
        }
      },
      clearStaffSignInFailures: async (email) => {
        await handlers.staffSignInByAccount.resetKey(staffAccountKey(email.toLowerCase()));
      },
    };
    created.set(deps, limits);
  }
  return limits;
}
