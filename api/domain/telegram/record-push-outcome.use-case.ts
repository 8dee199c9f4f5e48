import type { Types } from 'mongoose';
import type { Push, PushDelivery } from './push/prepare-push.use-case.js';
import { addLetterTelegramDelivery, finishTelegramDelivery } from './telegram-deliveries.repository.js';
import { markTelegramChatBlocked } from './telegram-links.repository.js';

export type PushOutcome =
  | { status: 'sent'; telegramMessageId: number }
  /** The person blocked the bot or the chat is gone: the link takes no more pushes. */
  | { status: 'blocked'; reason: string }
  /** Telegram refused this message for good; it is recorded, not retried. */
  | { status: 'rejected'; reason: string };

/** Records what became of a push to one chat: on the delivery, on the link when blocked, on the letter when sent. */
export async function recordPushOutcome(
  messageId: Types.ObjectId,
  push: Push,
  delivery: PushDelivery,
  outcome: PushOutcome,
  now = new Date(),
): Promise<void> {
  await finishTelegramDelivery(messageId, delivery.chatId, outcome, now);
  if (outcome.status === 'blocked')
    await markTelegramChatBlocked(delivery.representativeId, delivery.chatId, now);
  if (outcome.status === 'sent' && push.letterId) {
    await addLetterTelegramDelivery(push.letterId, delivery.representativeId, now);
  }
}
