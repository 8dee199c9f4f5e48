import type { Types } from 'mongoose';
import { LetterModel } from '../letters/letter.model.js';
import { isDuplicateKeyError } from '../shared/mongo-errors.js';
import type { PushDelivery } from './push/prepare-push.use-case.js';
import type { PushOutcome } from './record-push-outcome.use-case.js';
import { TelegramDeliveryModel, type TelegramDelivery } from './telegram-delivery.model.js';

const deliveryId = (messageId: Types.ObjectId, chatId: number) => `${String(messageId)}:${chatId}`;

/** Takes the push of a message to a chat; false when it was taken before (sent, refused, or under way). */
export async function claimTelegramDelivery(
  messageId: Types.ObjectId,
  delivery: PushDelivery,
  now: Date,
): Promise<boolean> {
  try {
    await TelegramDeliveryModel.create({
      _id: deliveryId(messageId, delivery.chatId),
      outboxMessageId: messageId,
      representativeId: delivery.representativeId,
      chatId: delivery.chatId,
      claimedAt: now,
    });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/** Gives a claim up after a failure that says the message did not go out, so that a retry sends it. */
export async function releaseTelegramDelivery(messageId: Types.ObjectId, chatId: number): Promise<void> {
  await TelegramDeliveryModel.deleteOne({ _id: deliveryId(messageId, chatId), status: 'sending' });
}

export async function finishTelegramDelivery(
  messageId: Types.ObjectId,
  chatId: number,
  outcome: PushOutcome,
  now: Date,
): Promise<void> {
  await TelegramDeliveryModel.updateOne(
    { _id: deliveryId(messageId, chatId) },
    { $set: { ...outcome, finishedAt: now } },
  );
}

/** The pushes of one outbox message, to every chat (the `outboxMessageId` index). */
export function findTelegramDeliveriesOf(messageId: Types.ObjectId): Promise<TelegramDelivery[]> {
  return TelegramDeliveryModel.find({ outboxMessageId: messageId }).lean<TelegramDelivery[]>();
}

/** Pushes Telegram refused for good (a blocked bot is the person's choice, not a failure). */
export function countRefusedTelegramDeliveries(): Promise<number> {
  return TelegramDeliveryModel.countDocuments({ status: 'rejected' });
}

/** Adds the push to the letter's own delivery record, which staff see. */
export async function addLetterTelegramDelivery(
  letterId: Types.ObjectId,
  representativeId: Types.ObjectId,
  now: Date,
): Promise<void> {
  await LetterModel.updateOne(
    { _id: letterId },
    { $push: { deliveries: { channel: 'telegram', representativeId, at: now } } },
  );
}
