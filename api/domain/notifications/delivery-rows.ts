import type { Types } from 'mongoose';
import type { TelegramDelivery } from '../telegram/telegram-delivery.model.js';

export const DELIVERY_STATES = ['queued', 'sent', 'uncertain', 'failed', 'blocked'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];
export type DeliveryChannel = 'email' | 'telegram';

export const DELIVERY_STATE_LABELS: Record<DeliveryState, string> = {
  queued: 'В очереди на отправку',
  sent: 'Отправлено',
  uncertain: 'Неизвестно, дошло ли: отправка прервалась',
  failed: 'Не удалось доставить',
  blocked: 'Получатель заблокировал бота',
};

/** What became of a message about a letter or a notification for one person on one channel. */
export interface DeliveryRow {
  representativeId: Types.ObjectId;
  channel: DeliveryChannel;
  state: DeliveryState;
  lastError: string | null;
  at: Date | null;
}

/** A chat's push as the jobs recorded it: claimed but not finished is still under way. */
export const pushRow = (push: TelegramDelivery): DeliveryRow => ({
  representativeId: push.representativeId,
  channel: 'telegram',
  state: push.status === 'sending' ? 'queued' : push.status === 'rejected' ? 'failed' : push.status,
  lastError: push.reason ?? null,
  at: push.finishedAt ?? push.claimedAt,
});

/** The better outcome wins: a person reached in one of their chats was reached. */
const RANK: Record<DeliveryState, number> = { sent: 4, queued: 3, uncertain: 2, failed: 1, blocked: 0 };

/** One row per person and channel, from every record of it. */
export function mergeDeliveryRows(rows: readonly DeliveryRow[]): DeliveryRow[] {
  const merged = new Map<string, DeliveryRow>();
  for (const row of rows) {
    const key = `${String(row.representativeId)}:${row.channel}`;
    const known = merged.get(key);
    if (!known || RANK[row.state] > RANK[known.state]) merged.set(key, row);
  }
  return [...merged.values()];
}
