import { endTelegramLink } from '../../domain/telegram/end-telegram-link.use-case.js';
import { getNotificationSettings } from '../../domain/telegram/get-notification-settings.use-case.js';
import { listTelegramLinks } from '../../domain/telegram/list-telegram-links.use-case.js';
import { unlinkTelegramSession } from '../../domain/telegram/unlink-telegram-session.use-case.js';
import { updateNotificationSettings } from '../../domain/telegram/update-notification-settings.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { linksView } from './telegram-link.view.js';
import { problem, TELEGRAM_TAGS } from './telegram-route.js';
import {
  notificationSettingsChangeSchema,
  notificationSettingsSchema,
  telegramLinksSchema,
  telegramUserParamsSchema,
} from './telegram.schema.js';

const ROUTE = { tags: TELEGRAM_TAGS, auth: 'representative' as const };
const SETTINGS = {
  200: { description: 'Какие уведомления приходят в Telegram', schema: notificationSettingsSchema },
};

/** The signed-in representative's own Telegram links and push settings (in the cabinet and in the bot). */
export function registerTelegramAccountRoutes(api: ApiRouter): void {
  api.add(
    {
      ...ROUTE,
      method: 'get',
      path: '/telegram/links',
      summary: 'Мои привязки Telegram; привязка текущего сеанса бота отмечена',
      responses: { 200: { description: 'Привязки', schema: telegramLinksSchema } },
    },
    async ({ auth, res }) => {
      const { links, currentTelegramUserId } = await listTelegramLinks(auth.representativeId, auth.sessionId);
      res.json({ links: linksView(links, currentTelegramUserId) });
    },
  );
  api.add(
    {
      ...ROUTE,
      method: 'delete',
      path: '/telegram/links/:telegramUserId',
      summary:
        'Отвязать Telegram: сеансы бота этого пользователя завершаются, уведомления больше не приходят',
      params: telegramUserParamsSchema,
      responses: { 204: { description: 'Привязка отменена' }, 404: problem('Такой привязки нет') },
    },
    async ({ auth, params, res }) => {
      await endTelegramLink(auth.representativeId, Number(params.telegramUserId));
      res.status(204).end();
    },
  );
  api.add(
    {
      ...ROUTE,
      method: 'post',
      path: '/telegram/unlink',
      summary: 'Бот, /unlink: отвязать Telegram текущего сеанса бота и завершить сеанс',
      responses: {
        204: { description: 'Привязка отменена' },
        422: problem('Сеанс открыт не через Telegram'),
      },
    },
    async ({ auth, res }) => {
      await unlinkTelegramSession(auth.representativeId, auth.sessionId);
      res.status(204).end();
    },
  );
  api.add(
    {
      ...ROUTE,
      method: 'get',
      path: '/telegram/settings',
      summary: 'Настройки уведомлений в Telegram',
      responses: SETTINGS,
    },
    async ({ auth, res }) => {
      res.json(await getNotificationSettings(auth.representativeId));
    },
  );
  api.add(
    {
      ...ROUTE,
      method: 'put',
      path: '/telegram/settings',
      summary: 'Включить или выключить уведомления в Telegram',
      body: notificationSettingsChangeSchema,
      responses: SETTINGS,
    },
    async ({ auth, body, res }) => {
      res.json(await updateNotificationSettings(auth.representativeId, body));
    },
  );
}
