import { randomUUID } from 'node:crypto';
import { OUTBOX_TIMINGS } from '../../api/domain/notifications/outbox-delivery.repository.js';
import type { OutboxMessage } from '../../api/domain/notifications/outbox-message.model.js';
import {
  preparePush,
  PUSH_KINDS,
  type PushDelivery,
} from '../../api/domain/telegram/push/prepare-push.use-case.js';
import { recordPushOutcome } from '../../api/domain/telegram/record-push-outcome.use-case.js';
import {
  chatsWithTelegramDelivery,
  claimTelegramDelivery,
  markInterruptedTelegramDeliveries,
  releaseTelegramDelivery,
} from '../../api/domain/telegram/telegram-deliveries.repository.js';
import type { DispatchDeps } from './dispatch-deps.js';
import { DispatchStopped } from './final-failure.js';
import type { OutboxHandler } from './outbox-handlers.js';
import { persistently } from './persistently.js';

/** Pushes of one message on their way at once; the bot's send budget, not this, sets the pace. */
const SENDS_IN_FLIGHT = 8;

/**
 * Pushes an outbox message to every chat it concerns, within the bot's send budget. Each chat is claimed right before
 * its message goes, so a chat is never sent the same push twice, by this worker or another; a chat whose send failed
 * for now is released and the message retried, the others are not sent again. A claim left `sending` by a worker
 * that stopped before recording Telegram's answer is marked `uncertain` and not sent again. Only workers with a bot
 * take pushes (see handledKinds).
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
  const { leaseMs } = deps.timings ?? OUTBOX_TIMINGS;
  await markInterruptedTelegramDeliveries(message._id, new Date(Date.now() - leaseMs), new Date());
  const taken = await chatsWithTelegramDelivery(message._id);
  const pending = push.deliveries.filter(({ chatId }) => !taken.has(chatId));
  const worker = deps.worker ?? `jobs-${process.pid}`;
  let failure: unknown = null;

  const deliver = async (delivery: PushDelivery) => {
    const claim = { worker, token: randomUUID() };
    // the claim comes after the wait for the budget, right before the call: a worker that dies leaves at most the
    // message on the wire unaccounted for, not those waiting their turn
    await telegram.acquire(delivery.chatId);
    const claimed = await persistently(() => claimTelegramDelivery(message._id, delivery, claim, new Date()));
    if (!claimed) return;
    let outcome;
    try {
      outcome = await telegram.send(delivery.chatId, delivery.text, delivery.button);
    } catch (error) {
      await persistently(() => releaseTelegramDelivery(message._id, delivery.chatId, claim.token));
      failure ??= error;
      return;
    }
    await persistently(() => recordPushOutcome(message._id, push, delivery, outcome, new Date()));
  };
  let next = 0;
  const sender = async () => {
    while (next < pending.length && !deps.stopping?.()) await deliver(pending[next++]!);
  };
  await Promise.all(Array.from({ length: SENDS_IN_FLIGHT }, sender));
  if (failure) throw failure;
  if (next < pending.length) throw new DispatchStopped('the jobs process is stopping');
}

export const TELEGRAM_PUSH_HANDLERS: Record<string, OutboxHandler> = Object.fromEntries(
  PUSH_KINDS.map((kind) => [kind, deliverTelegramPush]),
);
