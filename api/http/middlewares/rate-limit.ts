import type { Request } from 'express';
import { rateLimit, type RateLimitInfo, type RateLimitRequestHandler } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';
import { DomainError } from '../../domain/shared/domain-error.js';
import { plural } from '../../domain/shared/russian-plural.js';
import type { HttpDeps } from '../http-deps.js';
import { memoryAttemptStore, redisAttemptStore } from '../auth/attempt-store.js';
import { createSignInGuard, type SignInGuard } from '../auth/sign-in-guard.js';
import {
  ACCOUNT_LIMITS,
  SIGN_IN_MESSAGES,
  signInAccount,
  typedSignInAccount,
  typedStaffAccount,
} from './account-limits.js';

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

export type RateLimits = Record<keyof typeof ACCOUNT_LIMITS, RateLimitRequestHandler> & {
  /** Failed sign-ins per account and address, and per account. */
  signIn: SignInGuard;
  staffSignIn: SignInGuard;
  /** Forgets every failed sign-in of the account, from every address: after a password set by an e-mailed link. */
  clearSignInFailures(inn: string, email: string): Promise<void>;
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
      Object.entries(ACCOUNT_LIMITS).map(([name, spec]) => [name, limiter(name, spec, deps)]),
    ) as Record<keyof typeof ACCOUNT_LIMITS, RateLimitRequestHandler>;
    const store = deps.redis ? redisAttemptStore(deps.redis) : memoryAttemptStore();
    const signIn = createSignInGuard(store, {
      scope: 'representative',
      account: typedSignInAccount,
      messages: SIGN_IN_MESSAGES.representative,
    });
    limits = {
      ...handlers,
      signIn,
      staffSignIn: createSignInGuard(store, {
        scope: 'staff',
        account: typedStaffAccount,
        messages: SIGN_IN_MESSAGES.staff,
      }),
      clearSignInFailures: async (inn, email) => {
        await signIn.unlock(signInAccount(inn, ''));
        await signIn.unlock(signInAccount(inn, email));
      },
    };
    created.set(deps, limits);
  }
  return limits;
}
