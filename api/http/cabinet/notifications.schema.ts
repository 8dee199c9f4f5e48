import { z } from 'zod';
import { NOTIFICATION_KINDS } from '../../domain/notifications/notification.model.js';
import { pageOf } from '../pagination.js';
import { dateTimeSchema, idSchema } from '../shared/json.js';

export const notificationSchema = z
  .object({
    id: idSchema,
    kind: z.enum(NOTIFICATION_KINDS),
    kindLabel: z.string(),
    title: z.string(),
    text: z.string(),
    createdAt: dateTimeSchema,
    toAllMembers: z.boolean().meta({ description: 'Разослано всем членам СРО' }),
  })
  .meta({ id: 'CabinetNotification' });

export const notificationPageSchema = pageOf(notificationSchema).meta({ id: 'CabinetNotificationPage' });
