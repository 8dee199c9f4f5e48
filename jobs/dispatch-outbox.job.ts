import type { Agenda } from 'agenda';
import type { OutboxMessage } from '../api/domain/notifications/outbox-message.model.js';
import type { DispatchDeps } from './outbox/dispatch-deps.js';
import { DispatchStopped, FinalDeliveryFailure } from './outbox/final-failure.js';
import { handledKinds, OUTBOX_HANDLERS } from './outbox/outbox-handlers.js';
import {
  claimMessage,
  findDueMessages,
  markAttemptFailed,
  markDelivered,
  OUTBOX_TIMINGS,
  releaseMessage,
  renewMessageLease,
} from '../api/domain/notifications/outbox-delivery.repository.js';

export const DISPATCH_OUTBOX_JOB = 'dispatch-outbox';
const BATCH_SIZE = 50;
/** Messages one process delivers at once (each a handful of pushes or an e-mail, or a whole broadcast). */
const MESSAGES_IN_FLIGHT = 16;

export interface DispatchSummary {
  delivered: number;
  retried: number;
  failed: number;
}

/** Error texts are kept for staff and logged, so addresses that SMTP servers quote are masked. */
const reasonOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '[адрес]');

async function deliver(
  message: OutboxMessage,
  deps: DispatchDeps,
  now: Date,
  summary: DispatchSummary,
): Promise<void> {
  const timings = deps.timings ?? OUTBOX_TIMINGS;
  const attempt = await claimMessage(message, now, timings.leaseMs);
  if (attempt === null) return;
  const log = deps.log.child({ outboxMessageId: String(message._id), kind: message.kind, attempt });
  // a broadcast takes minutes: the lease is renewed while this worker is at it, and runs out soon after it dies
  const renewal = setInterval(() => {
    renewMessageLease(message._id, attempt, new Date(), timings.leaseMs).catch((error: unknown) =>
      log.warn({ err: error }, 'outbox lease not renewed'),
    );
  }, timings.leaseMs / 3);
  try {
    await OUTBOX_HANDLERS[message.kind]!(message, deps, now);
    await markDelivered(message._id);
    summary.delivered += 1;
  } catch (error) {
    if (error instanceof DispatchStopped) {
      await releaseMessage(message._id);
      return;
    }
    const reason = reasonOf(error);
    const final = error instanceof FinalDeliveryFailure;
    const status = await markAttemptFailed(message._id, attempt, reason, now, {
      final,
      firstRetryMs: timings.firstRetryMs,
    });
    summary[status === 'failed' ? 'failed' : 'retried'] += 1;
    log[status === 'failed' ? 'error' : 'warn']({ reason }, `outbox delivery failed (${status})`);
  } finally {
    clearInterval(renewal);
  }
}

/**
 * Delivers due outbox messages, oldest first, a few at a time. Each attempt is claimed by a unique insert before
 * anything is sent, so concurrent runs (several job processes, overlapping passes) never send a message twice; a
 * failed attempt is retried with a growing delay and given up after the last one (or at once when refused for good),
 * staying in the outbox as `failed`.
 */
export async function dispatchOutbox(deps: DispatchDeps, now = new Date()): Promise<DispatchSummary> {
  const summary: DispatchSummary = { delivered: 0, retried: 0, failed: 0 };
  const messages = await findDueMessages(handledKinds(deps), now, BATCH_SIZE);
  let next = 0;
  const worker = async () => {
    while (next < messages.length && !deps.stopping?.()) await deliver(messages[next++]!, deps, now, summary);
  };
  await Promise.all(Array.from({ length: MESSAGES_IN_FLIGHT }, worker));
  return summary;
}

/** The outbox pass as an Agenda job, for running it by hand from the staff app; every jobs process also runs it. */
export function defineDispatchOutboxJob(agenda: Agenda, deps: DispatchDeps): void {
  agenda.define(
    DISPATCH_OUTBOX_JOB,
    async () => {
      await dispatchOutbox(deps);
    },
    { concurrency: 1, lockLifetime: 10 * 60_000 },
  );
}
