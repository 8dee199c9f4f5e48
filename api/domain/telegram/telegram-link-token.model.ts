import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';

/**
 * A one-time deep-link token (`t.me/<bot>?start=<token>`) that links a Telegram account to a representative. `_id` is
 * the SHA-256 of the token; the token itself is shown once. It is spent by a unique insert of its hash into
 * `used_tokens`, like the account e-mail links, so that of concurrent redemptions exactly one succeeds.
 */
const telegramLinkTokenSchema = new Schema(
  {
    _id: { type: String, required: true },
    representativeId: { type: Schema.Types.ObjectId, ref: 'Representative', required: true },
    expiresAt: { type: Date, required: true },
  },
  {
    timestamps: { createdAt: true, updatedAt: false },
    versionKey: false,
    collection: 'telegram_link_tokens',
  },
);

export type TelegramLinkToken = Plain<InferSchemaType<typeof telegramLinkTokenSchema>, { _id: string }>;
export const TelegramLinkTokenModel = model('TelegramLinkToken', telegramLinkTokenSchema);
