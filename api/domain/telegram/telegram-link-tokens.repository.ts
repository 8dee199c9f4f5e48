import type { Types } from 'mongoose';
import { hashSecretToken, newSecretToken } from '../shared/secret-token.js';
import { TelegramLinkTokenModel, type TelegramLinkToken } from './telegram-link-token.model.js';

export const TELEGRAM_LINK_TOKEN_LIFETIME_MS = 10 * 60_000;

export interface IssuedLinkToken {
  /** 43 characters of A-Z, a-z, 0-9, `_` and `-`: what Telegram allows in a start parameter (at most 64). */
  token: string;
  expiresAt: Date;
}

/** Issues a deep-link token; it is returned once and only its hash is kept. */
export async function insertTelegramLinkToken(
  representativeId: Types.ObjectId,
  now: Date,
): Promise<IssuedLinkToken> {
  const token = newSecretToken();
  const expiresAt = new Date(now.getTime() + TELEGRAM_LINK_TOKEN_LIFETIME_MS);
  await TelegramLinkTokenModel.create({ _id: hashSecretToken(token), representativeId, expiresAt });
  return { token, expiresAt };
}

export function findTelegramLinkToken(token: string): Promise<TelegramLinkToken | null> {
  return TelegramLinkTokenModel.findById(hashSecretToken(token)).lean<TelegramLinkToken>();
}
