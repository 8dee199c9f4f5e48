import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { DomainError } from '../../domain/shared/domain-error.js';

export const BOT_KEY_HEADER = 'x-bot-key';

/** What the bot process presents on its own behalf: HMAC-SHA256 of a fixed text keyed by the bot token, in hex. */
export function botKeyFor(botToken: string): string {
  return createHmac('sha256', botToken).update('sro-cabinet-bot').digest('hex');
}

/**
 * Refuses a request that does not carry the bot's key. Without a bot token the API cannot tell the bot from anyone
 * else, so such routes are unavailable rather than open.
 */
export function requireBotKey(req: Request, botToken: string | null): void {
  if (!botToken) throw new DomainError('unavailable', 'Бот не настроен.');
  const presented = req.get(BOT_KEY_HEADER);
  if (!presented) throw new DomainError('unauthenticated', 'Запрос бота без ключа.');
  const expected = Buffer.from(botKeyFor(botToken));
  const actual = Buffer.from(presented);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    throw new DomainError('forbidden', 'Неверный ключ бота.');
  }
}
