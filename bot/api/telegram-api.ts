import type { z } from 'zod';
import type { calendarSubscriptionSchema } from '../../api/http/calendar/calendar.schema.js';
import type {
  emailCodeSentSchema,
  notificationSettingsSchema,
  telegramLinkedSchema,
  telegramLinksSchema,
} from '../../api/http/telegram/telegram.schema.js';
import type { BotContext } from '../context.js';
import { accountRequest } from './account-request.js';
import type { ApiClient } from './api-client.js';

export type TelegramLinkResult = z.infer<typeof telegramLinkedSchema>;
export type TelegramLinkView = TelegramLinkResult['links'][number];
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
export type NotificationKind = keyof NotificationSettings;
export type CalendarSubscription = z.infer<typeof calendarSubscriptionSchema>;

/** The switches of the settings screen, in the order shown. */
export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'newLetters',
  'appealStatus',
  'eventReminders',
  'duesDebt',
  'insuranceExpiry',
  'reportDeadlines',
  'odoUsage',
];

interface TelegramIdentity {
  telegramUserId: number;
  chatId: number;
}

const BOT = { bot: true } as const;

/** Calls the bot makes on its own behalf (bot key): linking, and a chat blocking or unblocking the bot. */
export const linkingApi = {
  redeemLinkToken: (api: ApiClient, token: string, who: TelegramIdentity) =>
    api.request<TelegramLinkResult>(BOT, '/telegram/links', { method: 'POST', json: { token, ...who } }),
  requestEmailCode: (api: ApiClient, inn: string, email: string, telegramUserId: number) =>
    api.request<z.infer<typeof emailCodeSentSchema>>(BOT, '/telegram/email-codes', {
      method: 'POST',
      json: { inn, email, telegramUserId },
    }),
  verifyEmailCode: (api: ApiClient, input: { inn: string; email: string; code: string } & TelegramIdentity) =>
    api.request<TelegramLinkResult>(BOT, '/telegram/email-codes/verify', { method: 'POST', json: input }),
  reportChatStatus: (api: ApiClient, who: TelegramIdentity, status: 'blocked' | 'active') =>
    api.request<{ accounts: number }>(BOT, '/telegram/chat-status', {
      method: 'PUT',
      json: { ...who, status },
    }),
};

/** Calls about the current account's Telegram links, notifications and calendar. */
export const telegramApi = {
  links: (ctx: BotContext) => accountRequest<z.infer<typeof telegramLinksSchema>>(ctx, '/telegram/links'),
  endLink: (ctx: BotContext, telegramUserId: string) =>
    accountRequest<void>(ctx, `/telegram/links/${encodeURIComponent(telegramUserId)}`, { method: 'DELETE' }),
  unlink: (ctx: BotContext) => accountRequest<void>(ctx, '/telegram/unlink', { method: 'POST' }),
  settings: (ctx: BotContext) => accountRequest<NotificationSettings>(ctx, '/telegram/settings'),
  /** Changes only the switches given; answers all of them. */
  changeSettings: (ctx: BotContext, change: Partial<NotificationSettings>) =>
    accountRequest<NotificationSettings>(ctx, '/telegram/settings', { method: 'PUT', json: change }),
  calendarSubscription: (ctx: BotContext) =>
    accountRequest<CalendarSubscription>(ctx, '/calendar/subscription'),
};
