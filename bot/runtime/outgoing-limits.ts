import { autoRetry } from '@grammyjs/auto-retry';
import { apiThrottler } from '@grammyjs/transformer-throttler';
import type { Api } from 'grammy';

/** What Telegram lets a bot send in all, unless it has agreed a higher limit with Telegram. */
export const TELEGRAM_MESSAGES_PER_SECOND = 30;

/** A 429 waits as long as Telegram asks and is retried; a message is given up only after a flood of minutes. */
const RETRY = { maxRetryAttempts: 10, maxDelaySeconds: 300 };

/**
 * Outgoing calls keep to Telegram's limits: about one message a second per chat with bursts of three,
 * `messagesPerSecond` in all (`Infinity` for a Bot API server that is not Telegram: no throttling); and a `429` that
 * gets through anyway is waited out and retried, never lost.
 */
export function limitOutgoingCalls(api: Api, messagesPerSecond = TELEGRAM_MESSAGES_PER_SECOND): void {
  const retry = autoRetry(RETRY);
  if (messagesPerSecond === Number.POSITIVE_INFINITY) {
    api.config.use(retry);
    return;
  }
  const throttler = apiThrottler({
    global: {
      reservoir: messagesPerSecond,
      reservoirRefreshAmount: messagesPerSecond,
      reservoirRefreshInterval: 1000,
    },
    out: {
      maxConcurrent: 1,
      reservoir: 3,
      reservoirIncreaseAmount: 1,
      reservoirIncreaseInterval: 1000,
      reservoirIncreaseMaximum: 3,
    },
  });
  api.config.use(throttler, retry);
}
