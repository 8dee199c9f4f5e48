import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { DomainError } from '../../domain/shared/domain-error.js';

export const BOT_KEY_HEADER = 'x-bot-key';

/** What the bot process presents on its own behalf: HMAC-SHA256 of a fixed text keyed by the bot token, in hex. */
export function botKeyFor(botToken: string): string {
  return createHmac('sha256', botToken).update('sro-cabinet-bot').digest('hex');
}

/** What a deployment without a bot token answers where the bot is needed: 404 naming the reason, not a fault. */
export const botNotConfigured = () =>
  new DomainError('not_found', 'Бот Telegram в этом развёртывании не настроен.', {
    reason: 'bot_not_configured',
  });

/**
 * Refuses a request that does not carry the bot's key. Without a bot token the API cannot tell the bot from anyone
 * else, so such routes are closed rather than open: a request with a key is answered `botNotConfigured` by the
 * route once its input is validated.
 */
export function requireBotKey(req: Request, botToken: string | null): void {
  const presented = req.get(BOT_KEY_HEADER);
  if (!presented) throw new DomainError('unauthenticated', 'Запрос бота без ключа.');
  if (!botToken) return;
  const expected = Buffer.from(botKeyFor(botToken));
  const actual = Buffer.from(presented);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new DomainError('forbidden', 'Неверный ключ бота.');
  }
}
