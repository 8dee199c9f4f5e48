import { randomBytes } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { DomainError } from '../../domain/shared/domain-error.js';
import { plural } from '../../domain/shared/russian-plural.js';
import { hashSecretToken } from '../../domain/shared/secret-token.js';
import type { AttemptStore } from './attempt-store.js';

const MINUTE_MS = 60_000;

/**
 * Failed sign-ins are limited strictly per account and address, and only loosely per account, so that nobody can
 * lock a person out by failing on purpose from elsewhere:
 * - one address has `pairLimit` failures for one account per `pairWindowMs`, then that address waits the window out;
 * - once an account has `accountThreshold` failures from anywhere (forgotten `accountWindowMs` after the last one),
 *   each attempt from an address that already failed for it waits a delay that doubles with every failure, from
 *   1 s up to `maxDelayMs`, counted from the last failure; an address that has not failed for it is not delayed, so
 *   the right password from the person's usual place gets in during an attack;
 * - a successful sign-in forgets the account's failures and the address's own; a password set by the e-mailed
 *   activation or reset link forgets every failure of the account, from every address.
 */
export const SIGN_IN_LIMITS = {
  pairLimit: 5,
  pairWindowMs: 15 * MINUTE_MS,
  accountThreshold: 5,
  accountWindowMs: 15 * MINUTE_MS,
  maxDelayMs: MINUTE_MS,
} as const;

export function accountDelayMs(failures: number): number {
  if (failures < SIGN_IN_LIMITS.accountThreshold) return 0;
  return Math.min(SIGN_IN_LIMITS.maxDelayMs, 1000 * 2 ** (failures - SIGN_IN_LIMITS.accountThreshold));
}

/** The delay after the 1st, 2nd, … failure; the last one goes on. */
const DELAYS_MS: number[] = [];
for (let failures = 1; DELAYS_MS.at(-1) !== SIGN_IN_LIMITS.maxDelayMs; failures += 1) {
  DELAYS_MS.push(accountDelayMs(failures));
}

export interface SignInGuardOptions {
  /** Keeps the counters of representatives' and staff sign-in apart. */
  scope: string;
  /** The account as typed: the same string for every spelling of it. */
  account: (req: Request) => string;
  messages: {
    /** This address failed too often for this account; given the wait in words. */
    address: (wait: string) => string;
    /** The account is under attack and this address has failed for it already. */
    account: (wait: string) => string;
  };
}

export interface SignInGuard {
  /** Before the password is checked: refuses with 429 and Retry-After, or lets the attempt through and counts it. */
  middleware: RequestHandler;
  /** After a successful sign-in from the request's address. */
  signedIn(req: Request): Promise<void>;
  /** After a password set by an e-mailed link: every address starts afresh. */
  unlock(account: string): Promise<void>;
}

function waitText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} ${plural(seconds, ['секунду', 'секунды', 'секунд'])}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${plural(minutes, ['минуту', 'минуты', 'минут'])}`;
}

function refuse(res: Response, ms: number, message: (wait: string) => string): DomainError {
  const retryAfter = Math.max(1, Math.ceil(ms / 1000));
  res.setHeader('Retry-After', String(retryAfter));
  return new DomainError('too_many_attempts', message(waitText(ms)), { retryAfter });
}

/** Counters are kept under hashes, so that Redis holds no INNs, e-mails or addresses. */
const addressOf = (req: Request) => hashSecretToken(ipKeyGenerator(req.ip ?? '', 56));

export function createSignInGuard(store: AttemptStore, options: SignInGuardOptions): SignInGuard {
  const limits = SIGN_IN_LIMITS;
  const prefix = `sign-in:${options.scope}`;
  const accountKey = (account: string) => hashSecretToken(account);
  const epochKey = (account: string) => `${prefix}:epoch:${accountKey(account)}`;
  /** A new epoch orphans every counter of the account: they expire unread. It outlives every counter under it. */
  const epochOf = (account: string) =>
    store.keep(epochKey(account), randomBytes(9).toString('base64url'), limits.accountWindowMs + MINUTE_MS);
  const keys = (account: string, epoch: string, address: string) => {
    const base = `${prefix}:${accountKey(account)}:${epoch}`;
    return { pair: `${base}:address:${address}`, failures: `${base}:failures`, gate: `${base}:gate` };
  };

  const middleware: RequestHandler = async (req, res, next) => {
    try {
      const account = options.account(req);
      const epoch = await epochOf(account);
      const key = keys(account, epoch, addressOf(req));
      const pair = await store.increment(key.pair, limits.pairWindowMs);
      if (pair.count > limits.pairLimit) {
        await store.decrement(key.pair);
        return next(refuse(res, pair.ttlMs, options.messages.address));
      }
      const failures = await store.count(key.failures);
      const delay = accountDelayMs(failures);
      // The first attempt of an address with no failures (nor another attempt under way) is never delayed.
      const wait = delay > 0 && pair.count > 1 ? await store.claim(key.gate, delay) : 0;
      if (wait > 0) {
        await store.decrement(key.pair);
        return next(refuse(res, wait, options.messages.account));
      }
      let settled = false;
      const settle = () => {
        if (settled) return;
        settled = true;
        // One atomic step, so that the next attempt finds the account's delay already running.
        const recorded =
          res.statusCode === 401
            ? store.countFailure(key.failures, key.gate, limits.accountWindowMs, DELAYS_MS)
            : store.decrement(key.pair);
        recorded.catch((error: unknown) => req.log?.warn({ err: error }, 'sign-in attempt not recorded'));
      };
      res.once('finish', settle);
      res.once('close', settle);
      next();
    } catch (error) {
      next(error);
    }
  };

  return {
    middleware,
    signedIn: async (req) => {
      const account = options.account(req);
      const key = keys(account, await epochOf(account), addressOf(req));
      await store.remove(key.failures, key.gate, key.pair);
    },
    unlock: async (account) => {
      await store.remove(epochKey(account));
    },
  };
}
