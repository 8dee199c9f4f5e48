import type { Request } from 'express';
import { hashSecretToken } from '../../domain/shared/secret-token.js';
import type { LimitSpec } from './rate-limit.js';

const MINUTE_MS = 60_000;

const field = (req: Request, name: string): string => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name] ?? req.query[name];
  return typeof value === 'string' ? value.trim().toLowerCase().slice(0, 200) : '';
};

/** A representative's account as typed (INN and e-mail), the same for every spelling of it. */
export const signInAccount = (inn: string, email: string) => `${inn}|${email.trim().toLowerCase()}`;
export const typedSignInAccount = (req: Request) => signInAccount(field(req, 'inn'), field(req, 'email'));
export const typedStaffAccount = (req: Request) => field(req, 'email');
/** Counters are kept under hashes, so that Redis holds no INNs, e-mails or tokens. */
const byAccount = (req: Request) => hashSecretToken(typedSignInAccount(req));
const byLinkToken = (req: Request) => hashSecretToken(field(req, 'token'));
const byPerson = (req: Request) => {
  const principal = req.principal;
  return principal?.kind === 'representative' ? principal.representativeId : (principal?.staffId ?? '');
};

const QUARTER_HOUR_MS = 15 * MINUTE_MS;
const tryAgain = (minutes: string) => `Повторите попытку через ${minutes}.`;
const fromAddress = (what: string) => (minutes: string) =>
  `Слишком много ${what} с вашего адреса. ${tryAgain(minutes)}`;
const signInFailures = { windowMs: QUARTER_HOUR_MS, failures: [401] } as const;

/**
 * The limits of sign-in, e-mailed links and passwords: per address, and per account, so that spreading attempts over
 * many addresses does not help either. Failed sign-ins per account are limited by the sign-in guard
 * (auth/sign-in-guard.ts), which no failure elsewhere can turn into a lockout.
 */
export const ACCOUNT_LIMITS = {
  signInByAddress: { ...signInFailures, limit: 30, message: fromAddress('неудачных попыток входа') },
  staffSignInByAddress: { ...signInFailures, limit: 30, message: fromAddress('неудачных попыток входа') },
  linkByAddress: {
    windowMs: QUARTER_HOUR_MS,
    limit: 30,
    message: fromAddress('обращений по ссылкам из писем'),
  },
  linkByToken: {
    windowMs: QUARTER_HOUR_MS,
    limit: 10,
    key: byLinkToken,
    message: (m) => `Слишком много попыток по этой ссылке. ${tryAgain(m)}`,
  },
  resetRequestByAddress: {
    windowMs: 60 * MINUTE_MS,
    limit: 10,
    message: fromAddress('запросов на восстановление пароля'),
  },
  resetRequestByAccount: {
    windowMs: 60 * MINUTE_MS,
    limit: 3,
    key: byAccount,
    message: (m) => `Письмо для восстановления пароля уже отправлялось несколько раз. ${tryAgain(m)}`,
  },
  passwordChangeByAccount: {
    windowMs: QUARTER_HOUR_MS,
    limit: 5,
    key: byPerson,
    failures: [422],
    message: (m) => `Слишком много неудачных попыток сменить пароль. ${tryAgain(m)}`,
  },
} satisfies Record<string, LimitSpec>;

const representativeWayOut = 'Или восстановите пароль: письмо со ссылкой снимает ограничение сразу.';
const staffWayOut = 'Если вы забыли пароль, обратитесь к администратору СРО.';
const tooManyFailures = (wayOut: string) => ({
  address: (wait: string) =>
    `Слишком много неудачных попыток входа в эту учётную запись с вашего адреса. ${tryAgain(wait)} ${wayOut}`,
  account: (wait: string) =>
    `Слишком много неудачных попыток входа в эту учётную запись. ${tryAgain(wait)} ${wayOut}`,
});

/** What the sign-in guards answer, for representatives and for staff. */
export const SIGN_IN_MESSAGES = {
  representative: tooManyFailures(representativeWayOut),
  staff: tooManyFailures(staffWayOut),
};
