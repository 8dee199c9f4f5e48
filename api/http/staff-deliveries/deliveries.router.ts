import type { z } from 'zod';
import { listLetterDeliveries } from '../../domain/letters/list-letter-deliveries.use-case.js';
import { DELIVERY_STATE_LABELS } from '../../domain/notifications/delivery-rows.js';
import { listNotificationDeliveries } from '../../domain/notifications/list-notification-deliveries.use-case.js';
import type { DeliveryRecord } from '../../domain/notifications/message-deliveries.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { idParamsSchema } from '../params.js';
import { isoOrNull } from '../shared/json.js';
import { problemResponse } from '../staff-appeals/staff-correspondence.schema.js';
import { deliveriesSchema } from './deliveries.schema.js';

const deliveriesView = (records: DeliveryRecord[]): z.input<typeof deliveriesSchema> => ({
  items: records.map((record) => ({
    recipient: record.recipient && { id: String(record.recipient._id), fullName: record.recipient.fullName },
    channel: record.channel,
    status: record.state,
    statusLabel: DELIVERY_STATE_LABELS[record.state],
    attempts: record.attempts,
    lastError: record.lastError,
    at: isoOrNull(record.at),
  })),
});

const SOURCES = [
  {
    path: '/staff/letters/:id/deliveries',
    what: 'Письмо',
    tag: 'Письма (сотрудники)',
    list: listLetterDeliveries,
  },
  {
    path: '/staff/notifications/:id/deliveries',
    what: 'Уведомление',
    tag: 'Уведомления (сотрудники)',
    list: listNotificationDeliveries,
  },
];

/** Whom a letter or a notification reached, on which channel, and whom not (yet). */
export function registerDeliveriesRoutes(api: ApiRouter): void {
  for (const { path, what, tag, list } of SOURCES) {
    api.add(
      {
        method: 'get',
        path,
        summary: `${what}: доставка каждому представителю по каждому каналу (в очереди, отправлено, не доставлено)`,
        tags: [tag],
        auth: 'staff',
        params: idParamsSchema,
        responses: {
          200: { description: 'Доставка', schema: deliveriesSchema },
          404: problemResponse(`${what} не найдено`),
        },
      },
      async ({ params, req, res }) => {
        res.json(deliveriesView(await list(params.id, auditContext(req))));
      },
    );
  }
}
