import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { DomainError } from '../shared/domain-error.js';
import { findNotificationBrief } from '../telegram/push/push-subjects.repository.js';
import { deliveriesOfMessage, type DeliveryRecord } from './message-deliveries.js';

/** Whom a notification reached in Telegram and whom not yet; recipients are named, so the look is logged. */
export async function listNotificationDeliveries(
  notificationId: string,
  context: AuditContext,
  now = new Date(),
): Promise<DeliveryRecord[]> {
  const notification = await findNotificationBrief(notificationId);
  if (!notification) throw new DomainError('not_found', 'Уведомление не найдено.');
  const deliveries = await deliveriesOfMessage(`notification.created:${notificationId}`, [], now);
  await recordAudit(context, {
    action: 'notification.deliveries_read',
    target: { kind: 'notification', id: notificationId, memberId: notification.memberId },
  });
  return deliveries;
}
