import type { Types } from 'mongoose';
import { LetterModel } from '../letters/letter.model.js';
import { isDuplicateKeyError } from '../shared/mongo-errors.js';
import type { PushDelivery } from './push/prepare-push.use-case.js';
import type { PushOutcome } from './record-push-outcome.use-case.js';
import { TelegramDeliveryModel, type TelegramDelivery } from './telegram-delivery.model.js';

const deliveryId = (messageId: Types.ObjectId, chatId: number) => `${String(messageId)}:${chatId}`;

/** Who takes a push: the jobs process and a token of this claim alone. */
export interface DeliveryClaim {
  worker: string;
  token: string;
}

/**
 * Takes the push of a message to a chat; false when it was taken before (sent, refused, or under way). Safe to call
 * again after a failure whose outcome is unknown (the insert may have landed): a claim found with this token is ours.
 */
export async function claimTelegramDelivery(
  messageId: Types.ObjectId,
  delivery: PushDelivery,
  claim: DeliveryClaim,
  now: Date,
): Promise<boolean> {
  const _id = deliveryId(messageId, delivery.chatId);
  try {
    await TelegramDeliveryModel.create({
      _id,
      outboxMessageId: messageId,
      representativeId: delivery.representativeId,
      chatId: delivery.chatId,
      claimedAt: now,
      worker: claim.worker,
      claimToken: claim.token,
    });
    return true;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    const found = await TelegramDeliveryModel.findById(_id).select({ claimToken: 1 }).lean();
    return found?.claimToken === claim.token;
  }
}

/** Gives our claim up after a failure that says the message did not go out, so that a retry sends it. */
export async function releaseTelegramDelivery(
  messageId: Types.ObjectId,
  chatId: number,
  claimToken: string,
): Promise<void> {
  await TelegramDeliveryModel.deleteOne({
    _id: deliveryId(messageId, chatId),
    status: 'sending',
    claimToken,
  });
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

/**
 * Pushes of a message still `sending` since before `claimedBefore`: their worker stopped with Telegram's answer
 * unrecorded. They become `uncertain` (a worker still alive that records the answer later overwrites it).
 */
export async function markInterruptedTelegramDeliveries(
  messageId: Types.ObjectId,
  claimedBefore: Date,
  now: Date,
): Promise<number> {
  const { modifiedCount } = await TelegramDeliveryModel.updateMany(
    { outboxMessageId: messageId, status: 'sending', claimedAt: { $lte: claimedBefore } },
    {
      $set: {
        status: 'uncertain',
        finishedAt: now,
        reason:
          'Отправка прервалась до ответа Telegram: дошло ли сообщение, неизвестно. Повторно не отправлялось.',
      },
    },
  );
  return modifiedCount;
}

/** The pushes of one outbox message, to every chat (the `outboxMessageId` index). */
export function findTelegramDeliveriesOf(messageId: Types.ObjectId): Promise<TelegramDelivery[]> {
  return TelegramDeliveryModel.find({ outboxMessageId: messageId }).lean<TelegramDelivery[]>();
}

/** The chats a message has a push record for, whatever its state (the `outboxMessageId` index). */
export async function chatsWithTelegramDelivery(messageId: Types.ObjectId): Promise<Set<number>> {
  const found = await TelegramDeliveryModel.find({ outboxMessageId: messageId })
    .select({ chatId: 1 })
    .lean<{ chatId: number }[]>();
  return new Set(found.map(({ chatId }) => chatId));
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
