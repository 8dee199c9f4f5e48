import { randomUUID } from 'node:crypto';
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
  findInterruptedTelegramDeliveries,
  markTelegramDeliveriesUncertain,
  releaseTelegramDelivery,
} from '../../api/domain/telegram/telegram-deliveries.repository.js';
import type { TelegramChannel } from '../channels/telegram.channel.js';
import type { DispatchDeps } from './dispatch-deps.js';
import { DispatchStopped } from './final-failure.js';
import type { OutboxHandler } from './outbox-handlers.js';
import { persistently } from './persistently.js';

/** Pushes of one message on their way at once; the bot's send budget, not this, sets the pace. */
const SENDS_IN_FLIGHT = 32;

/**
 * Pushes an outbox message to every chat it concerns, within the bot's send budget. Each chat is claimed before its
 * message waits for the budget, so a chat is never sent the same push twice, by this worker or another; right before
 * the call the claim is noted as on the wire (in Redis, so that no database write delays the call past its slot). A
 * chat whose send failed for now is released and the message retried, the others are not sent again. Only workers with
 * a bot take pushes (see handledKinds).
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
  const worker = deps.worker ?? `jobs-${process.pid}`;
  await settleInterrupted(message._id, worker, telegram);
  const taken = await chatsWithTelegramDelivery(message._id);
  const pending = push.deliveries.filter(({ chatId }) => !taken.has(chatId));
  let failure: unknown = null;

  const deliver = async (delivery: PushDelivery) => {
    const claim = { worker, token: randomUUID() };
    const claimed = await persistently(() => claimTelegramDelivery(message._id, delivery, claim, new Date()));
    if (!claimed) return;
    let outcome;
    try {
      await telegram.acquire(delivery.chatId);
      await telegram.markOnWire(claim.token);
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

/**
 * Claims a stopped worker left `sending`: those it had handed to Telegram become `uncertain` (not sent again), those
 * still waiting for the budget are released and sent like the rest.
 */
async function settleInterrupted(
  messageId: OutboxMessage['_id'],
  holder: string,
  telegram: TelegramChannel,
): Promise<void> {
  const interrupted = await findInterruptedTelegramDeliveries(messageId, holder);
  if (interrupted.length === 0) return;
  const onWire = await telegram.onWire(interrupted.flatMap(({ claimToken }) => claimToken ?? []));
  const waiting = interrupted.filter(({ claimToken }) => claimToken && !onWire.has(claimToken));
  const uncertain = interrupted.filter((delivery) => !waiting.includes(delivery));
  await markTelegramDeliveriesUncertain(
    uncertain.map(({ _id }) => _id),
    new Date(),
  );
  for (const { chatId, claimToken } of waiting) await releaseTelegramDelivery(messageId, chatId, claimToken!);
}

export const TELEGRAM_PUSH_HANDLERS: Record<string, OutboxHandler> = Object.fromEntries(
  PUSH_KINDS.map((kind) => [kind, deliverTelegramPush]),
);
