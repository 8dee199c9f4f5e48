import type { Types } from 'mongoose';
import type { OutboxMessage } from '../../notifications/outbox-message.model.js';
import { findLinkedRepresentatives } from '../linked-representatives.repository.js';
import { REMINDER_KINDS } from '../reminders/reminder-kinds.js';
import {
  appealStatusChangedPush,
  letterCreatedPush,
  notificationCreatedPush,
} from './correspondence-pushes.js';
import type { PushButton, PushRenderer } from './push-content.js';
import {
  duesDebtReminderPush,
  eventReminderPush,
  insuranceExpiryReminderPush,
  odoUsageReminderPush,
  reportDeadlineReminderPush,
} from './reminder-pushes.js';

/** Outbox kind → its push. */
const RENDERERS: Record<string, PushRenderer> = {
  'letter.created': letterCreatedPush,
  'appeal.status_changed': appealStatusChangedPush,
  'notification.created': notificationCreatedPush,
  [REMINDER_KINDS.event]: eventReminderPush,
  [REMINDER_KINDS.duesDebt]: duesDebtReminderPush,
  [REMINDER_KINDS.insuranceExpiry]: insuranceExpiryReminderPush,
  [REMINDER_KINDS.reportDeadline]: reportDeadlineReminderPush,
  [REMINDER_KINDS.odoUsage]: odoUsageReminderPush,
};

export const PUSH_KINDS = Object.keys(RENDERERS);

/** One message to one chat. */
export interface PushDelivery {
  representativeId: Types.ObjectId;
  chatId: number;
  text: string;
  button: PushButton | null;
}

export interface Push {
  deliveries: PushDelivery[];
  letterId: Types.ObjectId | null;
}

/**
 * The Telegram messages an outbox message makes: one per linked chat of every representative it concerns who may use
 * the cabinet and has not switched it off. Each starts with the company's name, since one Telegram user may represent
 * several members. Null when there is nothing to say any more (the letter or event is gone, the debt is paid…).
 */
export async function preparePush(
  message: Pick<OutboxMessage, 'kind' | 'payload'>,
  now = new Date(),
): Promise<Push | null> {
  const content = await RENDERERS[message.kind]?.(message.payload, now);
  if (!content) return null;
  const recipients = await findLinkedRepresentatives(content.audience, now);
  const deliveries = recipients
    .filter(({ settings }) => content.setting === null || settings[content.setting])
    .flatMap(({ representativeId, memberShortName, chats }) =>
      chats.map(({ chatId }) => ({
        representativeId,
        chatId,
        text: `${memberShortName}\n${content.text}`,
        button: content.button,
      })),
    );
  return { deliveries, letterId: content.letterId ?? null };
}
