import { Api, GrammyError, HttpError } from 'grammy';
import type { PushButton } from '../../api/domain/telegram/push/push-content.js';
import type { PushOutcome } from '../../api/domain/telegram/record-push-outcome.use-case.js';
import type { SendBudget } from './telegram-budget.js';

export interface TelegramChannel {
  /** Waits until the bot's send budget, shared by its jobs processes, lets a message to `chatId` go now. */
  acquire(chatId: number): Promise<void>;
  /** Notes, right before the call, that the claim's message goes to Telegram now. */
  markOnWire(claimToken: string): Promise<void>;
  /** Which claims left by a stopped worker had their message handed to Telegram. */
  onWire(claimTokens: readonly string[]): Promise<Set<string>>;
  /**
   * Sends at once (call `acquire` first); a second try waits for the budget again. Throws when the message may be
   * tried again later (network, Telegram unavailable).
   */
  send(chatId: number, text: string, button: PushButton | null): Promise<PushOutcome>;
}

export interface TelegramSettings {
  token: string;
  /** Bot API base URL (`TELEGRAM_API_ROOT`). */
  apiRoot: string;
}

/** Answers meaning the chat cannot get messages from the bot any more. */
const UNREACHABLE = /blocked|deactivated|kicked|chat not found/i;
/** A failed connection or a 5xx is tried again this many times, after 0.5, 1 and 2 s (and a random part). */
const TRANSIENT_RETRIES = 3;
/** Flood answers one message may get before it is left to a later attempt of the outbox. */
const FLOOD_RETRIES = 10;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const transient = (error: unknown) =>
  error instanceof HttpError || (error instanceof GrammyError && error.error_code >= 500);

/**
 * Pushes through the Bot API within the send budget the bot's jobs processes share. A `429` makes the chat (or, in a
 * flood, the whole bot) wait as long as Telegram asks, then the message is sent again; a failed connection or a `5xx`
 * is retried with a growing pause; a `403`/`400` is final (blocked, or refused).
 */
export function createTelegramChannel(
  { token, apiRoot }: TelegramSettings,
  budget: SendBudget,
): TelegramChannel {
  const api = new Api(token, { apiRoot, timeoutSeconds: 30 });
  return {
    acquire: (chatId) => budget.acquire(chatId),
    markOnWire: (claimToken) => budget.markOnWire(claimToken),
    onWire: (claimTokens) => budget.onWire(claimTokens),
    async send(chatId, text, button) {
      const markup = button && {
        inline_keyboard: [[{ text: button.text, callback_data: button.callbackData }]],
      };
      let floods = 0;
      let failures = 0;
      for (let first = true; ; first = false) {
        if (!first) await budget.acquire(chatId);
        try {
          const sent = await api.sendMessage(chatId, text, markup ? { reply_markup: markup } : {});
          return { status: 'sent', telegramMessageId: sent.message_id };
        } catch (error) {
          if (error instanceof GrammyError && error.error_code === 429 && floods < FLOOD_RETRIES) {
            floods += 1;
            await budget.tooManyRequests(chatId, error.parameters.retry_after ?? 1);
            continue;
          }
          if (transient(error) && failures < TRANSIENT_RETRIES) {
            await sleep(500 * 2 ** failures + Math.random() * 250);
            failures += 1;
            continue;
          }
          if (!(error instanceof GrammyError) || ![400, 403].includes(error.error_code)) throw error;
          const reason = error.description;
          return {
            status: error.error_code === 403 || UNREACHABLE.test(reason) ? 'blocked' : 'rejected',
            reason,
          };
        }
      }
    },
  };
}
