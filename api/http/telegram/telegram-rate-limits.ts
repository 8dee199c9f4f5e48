import type { Request } from 'express';
import { hashSecretToken } from '../../domain/shared/secret-token.js';
import type { HttpDeps } from '../http-deps.js';
import { limiter } from '../middlewares/rate-limit.js';

const MINUTE_MS = 60_000;

const bodyField = (req: Request, name: string) =>
  String((req.body as Record<string, unknown> | undefined)?.[name] ?? '')
    .trim()
    .toLowerCase()
    .slice(0, 200);

/** All bot requests come from the bot's address, so they are counted per Telegram user and per account instead. */
const byTelegramUser = (req: Request) => `telegram-user:${bodyField(req, 'telegramUserId')}`;
/** Kept under a hash, so that Redis holds no INNs or e-mails. */
const byAccount = (req: Request) => hashSecretToken(`${bodyField(req, 'inn')}|${bodyField(req, 'email')}`);

const tryAgain = (minutes: string) => `Повторите попытку через ${minutes}.`;

/** Limits on linking attempts made through the bot. */
export function telegramRateLimits(deps: HttpDeps) {
  return {
    linkByTelegramUser: limiter(
      'telegramLinkByUser',
      {
        windowMs: 15 * MINUTE_MS,
        limit: 30,
        key: byTelegramUser,
        failures: [409, 410],
        message: (m) => `Слишком много попыток привязки по ссылкам. ${tryAgain(m)}`,
      },
      deps,
    ),
    emailCodeByTelegramUser: limiter(
      'telegramEmailCodeByUser',
      {
        windowMs: 15 * MINUTE_MS,
        limit: 5,
        key: byTelegramUser,
        message: (m) => `Коды запрашивались слишком часто. ${tryAgain(m)}`,
      },
      deps,
    ),
    emailCodeByAccount: limiter(
      'telegramEmailCodeByAccount',
      {
        windowMs: 15 * MINUTE_MS,
        limit: 3,
        key: byAccount,
        message: (m) =>
          `Код на этот адрес уже отправлялся несколько раз. Проверьте почту или ${tryAgain(m).toLowerCase()}`,
      },
      deps,
    ),
    verifyByTelegramUser: limiter(
      'telegramEmailCodeVerifyByUser',
      {
        windowMs: 15 * MINUTE_MS,
        limit: 10,
        key: byTelegramUser,
        failures: [410, 422],
        message: (m) => `Слишком много неверных кодов. ${tryAgain(m)}`,
      },
      deps,
    ),
  };
}
