import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../../domain/notifications/notification.model.js';
import { dateTimeSchema, idSchema } from '../shared/json.js';
import {
  memberRefSchema,
  oneRecipientChoice,
  recipientFields,
  staffRefSchema,
} from '../staff-appeals/staff-correspondence.schema.js';

const notificationRecipients = oneRecipientChoice<{ memberIds?: string[]; all?: boolean }>([
  'memberIds',
  'all',
]);

export const sendNotificationBodySchema = z
  .object({
    title: z
      .string({ error: 'Укажите заголовок уведомления' })
      .trim()
      .min(1, { error: 'Укажите заголовок уведомления' })
      .max(200, { error: 'Заголовок — не длиннее 200 знаков' }),
    text: z
      .string({ error: 'Напишите текст уведомления' })
      .trim()
      .min(1, { error: 'Напишите текст уведомления' })
      .max(5000, { error: 'Текст уведомления — не длиннее 5000 знаков' }),
    kind: z
      .enum(['general', 'maintenance'], {
        error: 'Вид уведомления: general или maintenance (технические работы)',
      })
      .default('general'),
    ...recipientFields,
  })
  .refine(notificationRecipients.check, notificationRecipients.error)
  .transform(({ memberIds, all: _all, ...notification }) => ({
    ...notification,
    recipients: memberIds ? { memberIds } : ({ all: true } as const),
  }));

export const staffNotificationSchema = z
  .object({
    id: idSchema,
    kind: z.enum(NOTIFICATION_KINDS),
    kindLabel: z.string(),
    title: z.string(),
    text: z.string(),
    member: memberRefSchema.nullable().meta({ description: 'null — уведомление всем членам СРО' }),
    createdBy: staffRefSchema.nullable(),
    createdAt: dateTimeSchema,
  })
  .meta({ id: 'StaffNotification' });

export const notificationsSentSchema = z
  .object({
    count: z.number().int(),
    notifications: z.array(z.object({ id: idSchema, memberId: idSchema.nullable() })),
  })
  .meta({ id: 'StaffNotificationsSent' });
