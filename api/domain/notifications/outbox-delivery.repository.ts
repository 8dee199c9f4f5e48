import type { Types } from 'mongoose';
import { OutboxMessageModel, type OutboxMessage } from './outbox-message.model.js';
import { isDuplicateKeyError } from '../shared/mongo-errors.js';
import { OutboxClaimModel } from './outbox-claim.model.js';

/** How long a worker may take over one attempt before another may take the next one. */
export const OUTBOX_LEASE_MS = 2 * 60_000;
export const OUTBOX_MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 30_000;
const LONGEST_RETRY_MS = 3_600_000;

/** How long a worker holds a message it does not renew, and the first pause after a failed attempt. */
export interface OutboxTimings {
  leaseMs: number;
  firstRetryMs: number;
}

export const OUTBOX_TIMINGS: OutboxTimings = { leaseMs: OUTBOX_LEASE_MS, firstRetryMs: FIRST_RETRY_MS };

/** 30 s, 1 min, 2 min… up to an hour between attempts. */
export const retryDelay = (attempt: number, firstRetryMs = FIRST_RETRY_MS) =>
  Math.min(firstRetryMs * 2 ** (attempt - 1), LONGEST_RETRY_MS);

/** The oldest messages of these kinds that are due: pending, or taken by a worker whose lease ran out. */
export function findDueMessages(kinds: string[], now: Date, limit: number): Promise<OutboxMessage[]> {
  return OutboxMessageModel.find({
    kind: { $in: kinds },
    status: { $in: ['pending', 'processing'] },
    $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }],
  })
    .sort({ createdAt: 1, _id: 1 })
    .limit(limit)
    .lean<OutboxMessage[]>();
}

async function insertClaim(messageId: Types.ObjectId, attempt: number, now: Date): Promise<boolean> {
  try {
    await OutboxClaimModel.create({
      _id: `${String(messageId)}:${attempt}`,
      messageId,
      attempt,
      claimedAt: now,
    });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

async function claimIsLive(
  messageId: Types.ObjectId,
  attempt: number,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const claim = await OutboxClaimModel.findById(`${String(messageId)}:${attempt}`).lean();
  return Boolean(claim && claim.claimedAt.getTime() + leaseMs > now.getTime());
}

/**
 * Takes the next attempt at a message, or null when another worker holds it or it is finished. A claim whose lease ran
 * out belongs to a worker that died: the attempt after it is taken instead.
 */
export async function claimMessage(
  message: OutboxMessage,
  now: Date,
  leaseMs = OUTBOX_LEASE_MS,
): Promise<number | null> {
  for (let attempt = message.attempts + 1; attempt <= OUTBOX_MAX_ATTEMPTS; attempt += 1) {
    if (!(await insertClaim(message._id, attempt, now))) {
      if (await claimIsLive(message._id, attempt, now, leaseMs)) return null;
      continue;
    }
    const taken = await OutboxMessageModel.findOneAndUpdate(
      { _id: message._id, status: { $in: ['pending', 'processing'] } },
      {
        $set: {
          status: 'processing',
          attempts: attempt,
          lockedUntil: new Date(now.getTime() + leaseMs),
        },
      },
    ).lean();
    return taken ? attempt : null;
  }
  await OutboxMessageModel.updateOne(
    { _id: message._id, status: { $in: ['pending', 'processing'] } },
    { $set: { status: 'failed', lockedUntil: null, lastError: 'Все попытки доставки прерывались.' } },
  );
  return null;
}

export async function markDelivered(messageId: Types.ObjectId): Promise<void> {
  await OutboxMessageModel.updateOne(
    { _id: messageId },
    { $set: { status: 'done', lockedUntil: null, lastError: null } },
  );
}

/** The worker is still at it: its claim and the message's lock last another lease from now. */
export async function renewMessageLease(
  messageId: Types.ObjectId,
  attempt: number,
  now: Date,
  leaseMs: number,
): Promise<void> {
  await OutboxClaimModel.updateOne({ _id: `${String(messageId)}:${attempt}` }, { $set: { claimedAt: now } });
  await OutboxMessageModel.updateOne(
    { _id: messageId, status: 'processing' },
    { $set: { lockedUntil: new Date(now.getTime() + leaseMs) } },
  );
}

/** The worker stops before finishing the attempt (shutting down): the message is free for the next worker at once. */
export async function releaseMessage(messageId: Types.ObjectId): Promise<void> {
  await OutboxMessageModel.updateOne(
    { _id: messageId, status: 'processing' },
    { $set: { status: 'pending', lockedUntil: null } },
  );
}

/**
 * Records a failed attempt: retried later with a growing delay, or given up after the last attempt or when the
 * failure is `final` (the receiving server refused the message for good).
 */
export async function markAttemptFailed(
  messageId: Types.ObjectId,
  attempt: number,
  reason: string,
  now: Date,
  { final = false, firstRetryMs = FIRST_RETRY_MS }: { final?: boolean; firstRetryMs?: number } = {},
): Promise<'pending' | 'failed'> {
  const status = final || attempt >= OUTBOX_MAX_ATTEMPTS ? 'failed' : 'pending';
  await OutboxMessageModel.updateOne(
    { _id: messageId },
    {
      $set: {
        status,
        lockedUntil: status === 'failed' ? null : new Date(now.getTime() + retryDelay(attempt, firstRetryMs)),
        lastError: reason.slice(0, 1000),
      },
    },
  );
  return status;
}
