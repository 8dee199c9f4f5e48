import { Types } from 'mongoose';
import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { recipientMemberIds } from '../letters/letters-staff.repository.js';
import type { Notification, NotificationKind } from './notification.model.js';
import { insertNotifications } from './notifications.repository.js';
import { enqueueOutboxMessage } from './outbox.repository.js';

export interface SendNotificationInput {
  title: string;
  text: string;
  kind: Exclude<NotificationKind, 'reminder'>;
  /** Named members get a notification each; `all` is one notification that every member sees. */
  recipients: { memberIds: string[] } | { all: true };
  staffId: string;
}

/** Notifications from the SRO, each announced to the jobs (which push them) and audited. */
export async function sendNotification(
  input: SendNotificationInput,
  context: AuditContext,
): Promise<Notification[]> {
  const memberIds = 'all' in input.recipients ? [null] : await recipientMemberIds(input.recipients);
  const createdBy = new Types.ObjectId(input.staffId);
  const notifications = await insertNotifications(
    memberIds.map((memberId) => ({
      memberId,
      kind: input.kind,
      title: input.title,
      text: input.text,
      createdBy,
    })),
  );
  for (const notification of notifications) await announce(notification, context);
  return notifications;
}

async function announce(notification: Notification, context: AuditContext): Promise<void> {
  const notificationId = String(notification._id);
  const memberId = notification.memberId ? String(notification.memberId) : null;
  await enqueueOutboxMessage({
    kind: 'notification.created',
    payload: { notificationId, memberId },
    idempotencyKey: `notification.created:${notificationId}`,
  });
  await recordAudit(context, {
    action: 'notification.sent',
    target: { kind: 'notification', id: notificationId, memberId },
    changes: { kind: notification.kind, toAll: memberId === null },
  });
}
