import { z } from 'zod';
import { NOTIFICATION_SETTINGS } from '../../domain/telegram/notification-settings.js';
import { emailSchema, innSchema } from '../auth/auth.schema.js';
import { dateTimeSchema } from '../shared/json.js';

const telegramUserIdSchema = z
  .number('Укажите идентификатор пользователя Telegram')
  .int()
  .positive()
  .meta({ description: 'Идентификатор пользователя Telegram (from.id)' });
const chatIdSchema = z
  .number('Укажите идентификатор чата')
  .int()
  .meta({ description: 'Чат с ботом, куда придут уведомления (chat.id)' });

export const linkTokenBodySchema = z.object({
  token: z
    .string()
    .regex(/^[\w-]{1,64}$/, 'Неверная ссылка: параметр start — до 64 знаков A-Z, a-z, 0-9, _ и -'),
  telegramUserId: telegramUserIdSchema,
  chatId: chatIdSchema,
});

export const emailCodeBodySchema = z.object({
  inn: innSchema,
  email: emailSchema,
  telegramUserId: telegramUserIdSchema,
});

export const emailCodeVerifyBodySchema = emailCodeBodySchema.extend({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Код — 6 цифр из письма'),
  chatId: chatIdSchema,
});

export const chatStatusBodySchema = z.object({
  telegramUserId: telegramUserIdSchema,
  chatId: chatIdSchema,
  status: z.enum(['blocked', 'active'], 'Состояние чата — blocked или active').meta({
    description: 'blocked — пользователь заблокировал бота; active — разблокировал (перезапустил)',
  }),
});

export const chatStatusRecordedSchema = z
  .object({
    accounts: z.number().int().meta({ description: 'Сколько привязанных учётных записей затронуто' }),
  })
  .meta({ id: 'TelegramChatStatusRecorded' });

export const telegramUserParamsSchema = z.object({
  telegramUserId: z.string().regex(/^\d{1,16}$/, 'Неверный идентификатор пользователя Telegram'),
});

export const issuedLinkTokenSchema = z
  .object({
    token: z.string().meta({ description: 'Одноразовый, действует 10 минут' }),
    deepLink: z.string().meta({ description: 'https://t.me/<бот>?start=<token>' }),
    qrSvg: z.string().meta({ description: 'QR-код ссылки, SVG' }),
    expiresAt: dateTimeSchema,
  })
  .meta({ id: 'TelegramLinkToken' });

export const telegramLinkSchema = z
  .object({
    telegramUserId: z.number().int(),
    linkedAt: dateTimeSchema,
    current: z.boolean().meta({ description: 'Привязка того пользователя Telegram, от чьего имени запрос' }),
  })
  .meta({ id: 'TelegramLink' });

export const telegramLinksSchema = z
  .object({ links: z.array(telegramLinkSchema) })
  .meta({ id: 'TelegramLinks' });

export const telegramLinkedSchema = z
  .object({
    session: z.object({
      token: z.string().meta({ description: 'Сеанс бота для Authorization: Bearer' }),
      expiresAt: dateTimeSchema,
    }),
    representative: z.object({ id: z.string(), fullName: z.string() }),
    member: z.object({ id: z.string(), shortName: z.string(), inn: z.string() }),
    links: z.array(telegramLinkSchema),
  })
  .meta({ id: 'TelegramLinked' });

export const emailCodeSentSchema = z
  .object({ sentTo: z.string().meta({ description: 'Адрес, замаскированный: i***@example.ru' }) })
  .meta({ id: 'TelegramEmailCodeSent' });

const settingsShape = Object.fromEntries(
  NOTIFICATION_SETTINGS.map((setting) => [setting, z.boolean()]),
) as Record<(typeof NOTIFICATION_SETTINGS)[number], z.ZodBoolean>;

export const notificationSettingsSchema = z.object(settingsShape).meta({ id: 'NotificationSettings' });

export const notificationSettingsChangeSchema = z
  .object(settingsShape)
  .partial()
  .meta({ description: 'Переключатели, которые меняются; не указанные остаются как были' });
