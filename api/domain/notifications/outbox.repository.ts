import { isDuplicateKeyError } from '../shared/mongo-errors.js';
import { OutboxMessageModel, type OutboxMessage } from './outbox-message.model.js';

export interface OutboxEntry {
  kind: string;
  payload: Record<string, unknown>;
  /** Derived from the change it announces (e.g. `letter.created:<letterId>`), so that a retry leaves no duplicate. */
  idempotencyKey: string;
}

/** Leaves a message for the jobs; false when a message with this key was already left. */
export async function enqueueOutboxMessage(entry: OutboxEntry): Promise<boolean> {
  try {
    await OutboxMessageModel.create(entry);
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/** Messages the jobs gave up on after the last attempt (the `status, createdAt` index). */
export function countFailedOutboxMessages(): Promise<number> {
  return OutboxMessageModel.countDocuments({ status: 'failed' });
}

/** The message left for a change, by the key derived from it (`letter.created:<letterId>`). */
export function findOutboxMessageByKey(idempotencyKey: string): Promise<OutboxMessage | null> {
  return OutboxMessageModel.findOne({ idempotencyKey }).lean<OutboxMessage>();
}
