import { z } from 'zod';
import { DELIVERY_STATES } from '../../domain/notifications/delivery-rows.js';
import { dateTimeSchema, idSchema } from '../shared/json.js';

export const deliveriesSchema = z
  .object({
    items: z.array(
      z.object({
        recipient: z
          .object({ id: idSchema, fullName: z.string() })
          .nullable()
          .meta({ description: 'Представитель; null — учётной записи больше нет' }),
        channel: z.enum(['email', 'telegram']),
        status: z.enum(DELIVERY_STATES),
        statusLabel: z.string(),
        attempts: z.number().int().meta({ description: 'Сколько раз задания пытались доставить сообщение' }),
        lastError: z.string().nullable().meta({ description: 'Что ответил Telegram или почтовый сервер' }),
        at: dateTimeSchema.nullable().meta({ description: 'Когда получен этот итог; null — ещё в очереди' }),
      }),
    ),
  })
  .meta({ id: 'StaffDeliveries', description: 'Доставка по получателям и каналам' });
