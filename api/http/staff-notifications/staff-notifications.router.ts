import { NOTIFICATION_KIND_LABELS } from '../../domain/cabinet/labels.js';
import {
  listSentNotifications,
  type SentNotification,
} from '../../domain/notifications/notifications.repository.js';
import { sendNotification } from '../../domain/notifications/send-notification.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { iso, mapPage } from '../shared/json.js';
import type { HttpDeps } from '../http-deps.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { problemResponse } from '../staff-appeals/staff-correspondence.schema.js';
import { memberRef, staffRef } from '../staff-appeals/staff-appeal.view.js';
import {
  notificationsSentSchema,
  sendNotificationBodySchema,
  staffNotificationSchema,
} from './staff-notifications.schema.js';

const ROUTE = { tags: ['Уведомления (сотрудники)'], auth: 'staff' as const };

const view = (notification: SentNotification) => ({
  id: String(notification._id),
  kind: notification.kind,
  kindLabel: NOTIFICATION_KIND_LABELS[notification.kind],
  title: notification.title,
  text: notification.text,
  member: memberRef(notification.memberId),
  createdBy: staffRef(notification.createdBy),
  createdAt: iso(notification.createdAt),
});

/** Notifications from the SRO to one member, several or all of them. */
export function registerStaffNotificationsRoutes(api: ApiRouter, _deps: HttpDeps): void {
  api.add(
    {
      ...ROUTE,
      method: 'get',
      path: '/staff/notifications',
      summary: 'Отправленные уведомления, новые первыми',
      query: pageQuerySchema,
      responses: { 200: { description: 'Страница уведомлений', schema: pageOf(staffNotificationSchema) } },
    },
    async ({ query, res }) => {
      res.json(mapPage(await listSentNotifications(query), view));
    },
  );
  api.add(
    {
      ...ROUTE,
      method: 'post',
      path: '/staff/notifications',
      summary: 'Отправить уведомление названным членам СРО (каждому своё) или всем (одно на всех)',
      body: sendNotificationBodySchema,
      responses: {
        201: { description: 'Уведомления отправлены', schema: notificationsSentSchema },
        422: problemResponse('Получатели не найдены'),
      },
    },
    async ({ body, auth, req, res }) => {
      const notifications = await sendNotification({ ...body, staffId: auth.staffId }, auditContext(req));
      res.status(201).json({
        count: notifications.length,
        notifications: notifications.map((notification) => ({
          id: String(notification._id),
          memberId: notification.memberId ? String(notification.memberId) : null,
        })),
      });
    },
  );
}
