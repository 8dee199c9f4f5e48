import type { Request } from 'express';
import { hashSecretToken } from '../../domain/shared/secret-token.js';
import type { LimitSpec } from './rate-limit.js';

const MINUTE_MS = 60_000;

const field = (req: Request, name: string): string => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name] ?? req.query[name];
  return typeof value === 'string' ? value.trim().toLowerCase().slice(0, 200) : '';
};

/** Counters are kept under hashes, so that Redis holds no INNs, e-mails or tokens. */
export const signInAccountKey = (inn: string, email: string) => hashSecretToken(`${inn}|${email}`);
const byAccount = (req: Request) => signInAccountKey(field(req, 'inn'), field(req, 'email'));
export const staffAccountKey = (email: string) => hashSecretToken(email);
const byStaffEmail = (req: Request) => staffAccountKey(field(req, 'email'));
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
 * many addresses does not help either.
 */
export const ACCOUNT_LIMITS = {
  signInByAddress: { ...signInFailures, limit: 30, message: fromAddress('неудачных попыток входа') },
  signInByAccount: {
    ...signInFailures,
    limit: 5,
    key: byAccount,
    message: (m) =>
      `Слишком много неудачных попыток входа: вход в эту учётную запись временно заблокирован. ${tryAgain(m)} ` +
      'Или восстановите пароль: после смены пароля блокировка снимается сразу.',
  },
  staffSignInByAddress: { ...signInFailures, limit: 30, message: fromAddress('неудачных попыток входа') },
  staffSignInByAccount: {
    ...signInFailures,
    limit: 5,
    key: byStaffEmail,
    message: (m) =>
      `Слишком много неудачных попыток входа: учётная запись временно заблокирована. ${tryAgain(m)} ` +
      'Если вы забыли пароль, обратитесь к администратору СРО.',
  },
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
