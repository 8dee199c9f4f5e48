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
 * Pushes of a message left `sending` by another worker, found by the one that holds the message now: that worker
 * stopped (its lease ran out) before recording what became of them.
 */
export function findInterruptedTelegramDeliveries(
  messageId: Types.ObjectId,
  holder: string,
): Promise<Pick<TelegramDelivery, '_id' | 'chatId' | 'claimToken'>[]> {
  return TelegramDeliveryModel.find({
    outboxMessageId: messageId,
    status: 'sending',
    worker: { $ne: holder },
  })
    .select({ chatId: 1, claimToken: 1 })
    .lean<Pick<TelegramDelivery, '_id' | 'chatId' | 'claimToken'>[]>();
}

/**
 * Interrupted pushes whose message had been handed to Telegram: whether it arrived is not known, and it is not sent
 * again. If their worker was only held up and records Telegram's answer later, its record wins.
 */
export async function markTelegramDeliveriesUncertain(ids: readonly string[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await TelegramDeliveryModel.updateMany(
    { _id: { $in: ids }, status: 'sending' },
    {
      $set: {
        status: 'uncertain',
        finishedAt: now,
        reason:
          'Отправка прервалась до ответа Telegram: дошло ли сообщение, неизвестно. Повторно не отправлялось.',
      },
    },
  );
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
