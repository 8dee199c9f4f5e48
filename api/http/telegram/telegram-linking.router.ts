import type { SessionClient } from '../../domain/sessions/sessions.repository.js';
import { issueTelegramLinkToken } from '../../domain/telegram/issue-telegram-link-token.use-case.js';
import { issueTelegramLinkTokenByStaff } from '../../domain/telegram/issue-telegram-link-token-by-staff.use-case.js';
import { redeemTelegramLinkToken } from '../../domain/telegram/redeem-telegram-link-token.use-case.js';
import { requestTelegramEmailCode } from '../../domain/telegram/request-telegram-email-code.use-case.js';
import { verifyTelegramEmailCode } from '../../domain/telegram/verify-telegram-email-code.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import type { HttpDeps } from '../http-deps.js';
import { idParamsSchema } from '../params.js';
import { botUsername } from './bot-username.js';
import { linkTokenView } from './link-token.view.js';
import { linkedView } from './telegram-link.view.js';
import { telegramRateLimits } from './telegram-rate-limits.js';
import { problem, TELEGRAM_TAGS } from './telegram-route.js';
import {
  emailCodeBodySchema,
  emailCodeSentSchema,
  emailCodeVerifyBodySchema,
  issuedLinkTokenSchema,
  linkTokenBodySchema,
  telegramLinkedSchema,
} from './telegram.schema.js';

/** The bot's sessions are listed among the person's sessions as Telegram, not by the bot server's address. */
const BOT_CLIENT: SessionClient = { ip: null, userAgent: 'Telegram' };

const LINKED = { description: 'Telegram привязан; открыт сеанс бота', schema: telegramLinkedSchema };
const REFUSED = problem('Доступ к кабинету закрыт (исключение, приостановка, полномочия, не активирован)');
const BOT_NOT_CONFIGURED = problem(
  'Бот Telegram в этом развёртывании не настроен (reason bot_not_configured)',
);
const TELEGRAM_UNREACHABLE = problem('Telegram не ответил на запрос имени бота; повторите позже');
const LINK_TOKEN = { description: 'Одноразовая ссылка и QR-код', schema: issuedLinkTokenSchema };

/** Linking Telegram to an account: a deep link shown in the cabinet or by staff, or a code sent to the e-mail. */
export function registerTelegramLinkingRoutes(api: ApiRouter, deps: HttpDeps): void {
  const limits = telegramRateLimits(deps);
  api.add(
    {
      method: 'post',
      path: '/telegram/link-tokens',
      summary: 'Ссылка t.me для привязки Telegram к своей учётной записи (одноразовая, 10 минут)',
      tags: TELEGRAM_TAGS,
      auth: 'representative',
      responses: { 201: LINK_TOKEN, 404: BOT_NOT_CONFIGURED, 503: TELEGRAM_UNREACHABLE },
    },
    async ({ auth, res }) => {
      const username = await botUsername(deps);
      res
        .status(201)
        .json(await linkTokenView(await issueTelegramLinkToken(auth.representativeId), username));
    },
  );
  api.add(
    {
      method: 'post',
      path: '/staff/representatives/:id/telegram-link-token',
      summary: 'Ссылка t.me для привязки Telegram представителя, например чтобы показать QR-код в офисе',
      tags: TELEGRAM_TAGS,
      auth: 'staff',
      params: idParamsSchema,
      responses: {
        201: LINK_TOKEN,
        404: problem('Представитель не найден, или бот Telegram не настроен (reason bot_not_configured)'),
        422: problem('Учётная запись не может пользоваться кабинетом'),
        503: TELEGRAM_UNREACHABLE,
      },
    },
    async ({ params, req, res }) => {
      const username = await botUsername(deps);
      const issued = await issueTelegramLinkTokenByStaff(params.id, auditContext(req));
      res.status(201).json(await linkTokenView(issued, username));
    },
  );
  api.add(
    {
      method: 'post',
      path: '/telegram/links',
      summary: 'Бот: привязать Telegram по одноразовой ссылке (/start <token>)',
      tags: TELEGRAM_TAGS,
      auth: 'bot',
      body: linkTokenBodySchema,
      before: [limits.linkByTelegramUser],
      responses: {
        201: LINKED,
        403: REFUSED,
        409: problem('Ссылка уже использована или неизвестна (type link-token-used)'),
        410: problem('Срок действия ссылки истёк'),
      },
    },
    async ({ body, res }) => {
      res.status(201).json(linkedView(await redeemTelegramLinkToken(body, BOT_CLIENT)));
    },
  );
  api.add(
    {
      method: 'post',
      path: '/telegram/email-codes',
      summary: 'Бот: отправить код привязки на e-mail представителя (ответ одинаков, найден он или нет)',
      tags: TELEGRAM_TAGS,
      auth: 'bot',
      body: emailCodeBodySchema,
      before: [limits.emailCodeByTelegramUser, limits.emailCodeByAccount],
      responses: { 202: { description: 'Принято', schema: emailCodeSentSchema } },
    },
    async ({ body, res }) => {
      res.status(202).json(await requestTelegramEmailCode(body));
    },
  );
  api.add(
    {
      method: 'post',
      path: '/telegram/email-codes/verify',
      summary: 'Бот: привязать Telegram по коду из письма',
      tags: TELEGRAM_TAGS,
      auth: 'bot',
      body: emailCodeVerifyBodySchema,
      before: [limits.verifyByTelegramUser],
      responses: {
        201: LINKED,
        403: REFUSED,
        410: problem('Код не найден, использован, истёк или попытки исчерпаны'),
        422: problem('Неверный код; attemptsLeft — сколько попыток осталось'),
      },
    },
    async ({ body, res }) => {
      res.status(201).json(linkedView(await verifyTelegramEmailCode(body, BOT_CLIENT)));
    },
  );
}
