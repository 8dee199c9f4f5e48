import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';

/**
 * A one-time code for linking Telegram, requested in the bot with the member's INN and the person's e-mail. Every
 * request leaves one, also when the INN and e-mail match nobody (`representativeId` null, nothing mailed), so that
 * the answers to a guess look the same either way. The code is made and mailed by the jobs, which keep only its hash.
 */
const telegramEmailCodeSchema = new Schema(
  {
    /** The hash of the INN and e-mail as typed, so that the collection holds neither. */
    subjectKey: { type: String, required: true },
    telegramUserId: { type: Number, required: true },
    representativeId: { type: Schema.Types.ObjectId, ref: 'Representative', default: null },
    /** Set when the code is mailed. */
    codeHash: { type: String, default: null },
    expiresAt: { type: Date, required: true },
  },
  {
    timestamps: { createdAt: true, updatedAt: false },
    versionKey: false,
    collection: 'telegram_email_codes',
  },
);

// verification takes the latest code this Telegram user requested for this INN and e-mail
telegramEmailCodeSchema.index({ subjectKey: 1, telegramUserId: 1, createdAt: -1 });

export type TelegramEmailCode = Plain<InferSchemaType<typeof telegramEmailCodeSchema>>;
export const TelegramEmailCodeModel = model('TelegramEmailCode', telegramEmailCodeSchema);
