import type { Agenda } from 'agenda';
import type { DispatchDeps } from './outbox/dispatch-deps.js';
import { handledKinds, OUTBOX_HANDLERS } from './outbox/outbox-handlers.js';
import {
  claimMessage,
  findDueMessages,
  markAttemptFailed,
  markDelivered,
} from '../api/domain/notifications/outbox-delivery.repository.js';

export const DISPATCH_OUTBOX_JOB = 'dispatch-outbox';
export const DISPATCH_OUTBOX_EVERY = '5 seconds';
const BATCH_SIZE = 50;

export interface DispatchSummary {
  delivered: number;
  retried: number;
  failed: number;
}

/** Error texts are kept for staff and logged, so addresses that SMTP servers quote are masked. */
const reasonOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '[адрес]');

/**
 * Delivers due outbox messages, oldest first. Each attempt is claimed by a unique insert before anything is sent, so
 * concurrent runs (several job processes, overlapping ticks) never send a message twice; a failed attempt is retried
 * with a growing delay and given up after the last one, staying in the outbox as `failed`.
 */
export async function dispatchOutbox(deps: DispatchDeps, now = new Date()): Promise<DispatchSummary> {
  const summary: DispatchSummary = { delivered: 0, retried: 0, failed: 0 };
  const messages = await findDueMessages(handledKinds(deps), now, BATCH_SIZE);
  for (const message of messages) {
    const attempt = await claimMessage(message, now);
    if (attempt === null) continue;
    const log = deps.log.child({ outboxMessageId: String(message._id), kind: message.kind, attempt });
    try {
      await OUTBOX_HANDLERS[message.kind]!(message, deps, now);
      await markDelivered(message._id);
      summary.delivered += 1;
    } catch (error) {
      const reason = reasonOf(error);
      const status = await markAttemptFailed(message._id, attempt, reason, now);
      summary[status === 'failed' ? 'failed' : 'retried'] += 1;
      log[status === 'failed' ? 'error' : 'warn']({ reason }, `outbox delivery failed (${status})`);
    }
  }
  return summary;
}

/** The Agenda job that runs the dispatch every few seconds; Agenda keeps one run at a time per process. */
export function defineDispatchOutboxJob(agenda: Agenda, deps: DispatchDeps): void {
  agenda.define(
    DISPATCH_OUTBOX_JOB,
    async () => {
      await dispatchOutbox(deps);
    },
    { concurrency: 1, lockLifetime: 10 * 60_000 },
  );
}
