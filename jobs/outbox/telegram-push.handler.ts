import type { OutboxMessage } from '../../api/domain/notifications/outbox-message.model.js';
import { preparePush, PUSH_KINDS } from '../../api/domain/telegram/push/prepare-push.use-case.js';
import { recordPushOutcome } from '../../api/domain/telegram/record-push-outcome.use-case.js';
import {
  claimTelegramDelivery,
  releaseTelegramDelivery,
} from '../../api/domain/telegram/telegram-deliveries.repository.js';
import type { DispatchDeps } from './dispatch-deps.js';
import type { OutboxHandler } from './outbox-handlers.js';

/**
 * Pushes an outbox message to every chat it concerns. Each chat is claimed before sending, so a chat is never sent
 * the same push twice; a chat whose send failed for now is released and the message retried, the others are not
 * sent again. Only workers with a bot take pushes (see handledKinds).
 */
export async function deliverTelegramPush(
  message: OutboxMessage,
  deps: DispatchDeps,
  now: Date,
): Promise<void> {
  const telegram = deps.telegram;
  if (!telegram) throw new Error('a push was taken by a worker without a bot');
  const push = await preparePush(message, now);
  if (!push) return;
  let failure: unknown = null;
  for (const delivery of push.deliveries) {
    if (!(await claimTelegramDelivery(message._id, delivery, now))) continue;
    let outcome;
    try {
      outcome = await telegram.send(delivery.chatId, delivery.text, delivery.button);
    } catch (error) {
      await releaseTelegramDelivery(message._id, delivery.chatId);
      failure ??= error;
      continue;
    }
    await recordPushOutcome(message._id, push, delivery, outcome, now);
  }
  if (failure) throw failure;
}

export const TELEGRAM_PUSH_HANDLERS: Record<string, OutboxHandler> = Object.fromEntries(
  PUSH_KINDS.map((kind) => [kind, deliverTelegramPush]),
);
