import type { Types } from 'mongoose';
import { representativeNamesByIds } from '../representatives/representatives.repository.js';
import { preparePush } from '../telegram/push/prepare-push.use-case.js';
import { findTelegramDeliveriesOf } from '../telegram/telegram-deliveries.repository.js';
import { mergeDeliveryRows, pushRow, type DeliveryRow } from './delivery-rows.js';
import type { OutboxMessage } from './outbox-message.model.js';
import { findOutboxMessageByKey } from './outbox.repository.js';

export interface DeliveryRecord extends DeliveryRow {
  recipient: { _id: Types.ObjectId; fullName: string } | null;
  /** How often the jobs tried to deliver the message. */
  attempts: number;
}

/** Those the message is still to reach: queued while the jobs keep trying, failed once they gave up. */
async function awaitedRows(message: OutboxMessage, now: Date): Promise<DeliveryRow[]> {
  if (message.status === 'done') return [];
  const push = await preparePush(message, now);
  const failed = message.status === 'failed';
  return (push?.deliveries ?? []).map(({ representativeId }) => ({
    representativeId,
    channel: 'telegram',
    state: failed ? 'failed' : 'queued',
    lastError: message.lastError ?? null,
    at: failed ? message.updatedAt : null,
  }));
}

/**
 * What became of the outbox message with this key for each person and channel: the pushes the jobs recorded, those
 * it has yet to make (or gave up on), and `recorded` deliveries kept elsewhere (a letter's own record), by name.
 */
export async function deliveriesOfMessage(
  idempotencyKey: string,
  recorded: readonly DeliveryRow[],
  now: Date,
): Promise<DeliveryRecord[]> {
  const message = await findOutboxMessageByKey(idempotencyKey);
  const [pushes, awaited] = message
    ? await Promise.all([findTelegramDeliveriesOf(message._id), awaitedRows(message, now)])
    : [[], []];
  const rows = mergeDeliveryRows([...recorded, ...pushes.map(pushRow), ...awaited]);
  const names = await representativeNamesByIds(rows.map((row) => row.representativeId));
  return rows
    .map((row) => ({
      ...row,
      recipient: names.get(String(row.representativeId)) ?? null,
      attempts: message?.attempts ?? 0,
    }))
    .sort(
      (a, b) =>
        (a.recipient?.fullName ?? '\uffff').localeCompare(b.recipient?.fullName ?? '\uffff', 'ru') ||
        a.channel.localeCompare(b.channel),
    );
}
