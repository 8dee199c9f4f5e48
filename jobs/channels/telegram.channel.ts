import { autoRetry } from '@grammyjs/auto-retry';
import { apiThrottler } from '@grammyjs/transformer-throttler';
import { Api, GrammyError } from 'grammy';
import type { PushButton } from '../../api/domain/telegram/push/push-content.js';
import type { PushOutcome } from '../../api/domain/telegram/record-push-outcome.use-case.js';

export interface TelegramChannel {
  /** Sends a message; throws when it may be tried again later (network, Telegram unavailable, a long flood wait). */
  send(chatId: number, text: string, button: PushButton | null): Promise<PushOutcome>;
}

export interface TelegramSettings {
  token: string;
  /** Bot API base URL (`TELEGRAM_API_ROOT`). */
  apiRoot: string;
}

/** Answers meaning the chat cannot get messages from the bot any more. */
const UNREACHABLE = /blocked|deactivated|kicked|chat not found/i;

/**
 * Pushes through the Bot API. Calls are throttled to Telegram's limits, and a `429` is waited out and retried, so a
 * flood delays messages instead of losing them. Network errors and Telegram's own failures are thrown at once: the
 * outbox retries them later, well within its lease, instead of this call waiting for minutes.
 */
export function createTelegramChannel({ token, apiRoot }: TelegramSettings): TelegramChannel {
  const api = new Api(token, { apiRoot });
  api.config.use(apiThrottler());
  api.config.use(
    autoRetry({
      maxRetryAttempts: 3,
      maxDelaySeconds: 30,
      rethrowHttpErrors: true,
      rethrowInternalServerErrors: true,
    }),
  );
  return {
    async send(chatId, text, button) {
      const markup = button && {
        inline_keyboard: [[{ text: button.text, callback_data: button.callbackData }]],
      };
      try {
        const sent = await api.sendMessage(chatId, text, markup ? { reply_markup: markup } : {});
        return { status: 'sent', telegramMessageId: sent.message_id };
      } catch (error) {
        if (!(error instanceof GrammyError) || ![400, 403].includes(error.error_code)) throw error;
        const reason = error.description;
        return {
          status: error.error_code === 403 || UNREACHABLE.test(reason) ? 'blocked' : 'rejected',
          reason,
        };
      }
    },
  };
}
