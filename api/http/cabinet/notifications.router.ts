import type { z } from 'zod';
import { NOTIFICATION_KIND_LABELS } from '../../domain/cabinet/labels.js';
import { listMemberNotifications } from '../../domain/cabinet/list-notifications.use-case.js';
import type { Notification } from '../../domain/notifications/notification.model.js';
import type { ApiRouter } from '../api-router.js';
import { pageQuerySchema } from '../pagination.js';
import { CABINET_ROUTE } from './cabinet-route.js';
import { idOf, iso, mapPage } from '../shared/json.js';
import { notificationPageSchema, type notificationSchema } from './notifications.schema.js';

const toNotification = (notification: Notification): z.infer<typeof notificationSchema> => ({
  id: idOf(notification._id),
  kind: notification.kind,
  kindLabel: NOTIFICATION_KIND_LABELS[notification.kind],
  title: notification.title,
  text: notification.text,
  createdAt: iso(notification.createdAt),
  toAllMembers: notification.memberId === null || notification.memberId === undefined,
});

export function registerNotificationsRoutes(api: ApiRouter): void {
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/notifications',
      summary: 'Уведомления СРО — этой организации и всем членам',
      query: pageQuerySchema,
      responses: { 200: { description: 'Уведомления, новые первыми', schema: notificationPageSchema } },
    },
    async ({ auth, query, res }) => {
      res.json(mapPage(await listMemberNotifications(auth.memberId, query), toNotification));
    },
  );
}
