import { endAllTelegramLinks } from '../../domain/telegram/end-all-telegram-links.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { idParamsSchema } from '../params.js';
import { problem } from '../staff-registry/answers.js';
import { staffRepresentativeView } from './staff-representative.view.js';
import { REPRESENTATIVE_TAGS, representativeAnswer } from './staff-representatives.schema.js';

/** Staff end a representative's Telegram links, e.g. when the person lost the phone. */
export function registerStaffTelegramLinksRoute(api: ApiRouter): void {
  api.add(
    {
      method: 'delete',
      path: '/staff/representatives/:id/telegram-links',
      summary:
        'Отвязать все аккаунты Telegram представителя: сеансы бота завершаются, уведомления не приходят',
      tags: REPRESENTATIVE_TAGS,
      auth: 'staff',
      params: idParamsSchema,
      responses: {
        ...representativeAnswer('Привязки Telegram отменены'),
        404: problem('Представитель не найден'),
      },
    },
    async ({ params, req, res }) => {
      res.json(staffRepresentativeView(await endAllTelegramLinks(params.id, auditContext(req))));
    },
  );
}
