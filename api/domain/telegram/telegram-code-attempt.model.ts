import { Schema, model } from 'mongoose';

/**
 * Attempts at an e-mail code, `_id` `<codeId>:<n>`, and its use, `_id` `<codeId>:used`. Each is a unique insert, so
 * concurrent guesses cannot share an attempt and a code links once, on MongoDB and on FerretDB alike.
 */
const telegramCodeAttemptSchema = new Schema(
  {
    _id: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false, collection: 'telegram_code_attempts' },
);

export const TelegramCodeAttemptModel = model('TelegramCodeAttempt', telegramCodeAttemptSchema);
