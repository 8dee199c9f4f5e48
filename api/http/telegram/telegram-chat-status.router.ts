import { recordTelegramChatStatus } from '../../domain/telegram/record-chat-status.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { TELEGRAM_TAGS } from './telegram-route.js';
import { chatStatusBodySchema, chatStatusRecordedSchema } from './telegram.schema.js';

/** The bot reports that a user blocked or unblocked it, so that pushes to that chat stop or resume. */
export function registerTelegramChatStatusRoutes(api: ApiRouter): void {
  api.add(
    {
      method: 'put',
      path: '/telegram/chat-status',
      summary:
        'Бот: пользователь заблокировал бота или разблокировал его — уведомления в чат прекращаются или возобновляются',
      tags: TELEGRAM_TAGS,
      auth: 'bot',
      body: chatStatusBodySchema,
      responses: { 200: { description: 'Записано', schema: chatStatusRecordedSchema } },
    },
    async ({ body, res }) => {
      res.json({ accounts: await recordTelegramChatStatus(body) });
    },
  );
}
