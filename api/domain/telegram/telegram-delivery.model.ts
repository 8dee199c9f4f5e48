import { Schema, model, type InferSchemaType } from 'mongoose';
import type { Plain } from '../shared/plain.js';

/**
 * `sending`: claimed and on its way, the outcome unknown until it is recorded; `blocked`: the person blocked the bot
 * (or the chat is gone); `rejected`: Telegram refused this message for good; `uncertain`: the worker sending it
 * stopped (killed, or lost the database) before recording Telegram's answer, so whether it arrived is not known — it is
 * not sent again.
 */
export const TELEGRAM_DELIVERY_STATUSES = ['sending', 'sent', 'blocked', 'rejected', 'uncertain'] as const;

/**
 * A push of one outbox message to one chat. `_id` is `<outboxMessageId>:<chatId>` and is inserted before the message is
 * sent, so a retry after a crash or a second dispatcher never sends the same push to the same chat twice.
 */
const telegramDeliverySchema = new Schema(
  {
    _id: { type: String, required: true },
    outboxMessageId: { type: Schema.Types.ObjectId, ref: 'OutboxMessage', required: true },
    representativeId: { type: Schema.Types.ObjectId, ref: 'Representative', required: true },
    chatId: { type: Number, required: true },
    status: { type: String, enum: TELEGRAM_DELIVERY_STATUSES, required: true, default: 'sending' },
    telegramMessageId: { type: Number, default: null },
    /** Why Telegram refused, as it said. */
    reason: { type: String, default: null },
    claimedAt: { type: Date, required: true },
    /** The jobs process that claimed it, and the claim's own random token (a claim is released only by its owner). */
    worker: { type: String, default: null },
    claimToken: { type: String, default: null },
    finishedAt: { type: Date, default: null },
  },
  { versionKey: false, collection: 'telegram_deliveries' },
);

// the staff dashboard's count of pushes Telegram refused
telegramDeliverySchema.index({ status: 1 });
// what became of the pushes of one letter or notification, for staff
telegramDeliverySchema.index({ outboxMessageId: 1 });

export type TelegramDelivery = Plain<InferSchemaType<typeof telegramDeliverySchema>, { _id: string }>;
export const TelegramDeliveryModel = model('TelegramDelivery', telegramDeliverySchema);
