import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { deliveriesOfMessage, type DeliveryRecord } from '../notifications/message-deliveries.js';
import { DomainError } from '../shared/domain-error.js';
import { findLetterDeliveryRecord } from './letters-staff.repository.js';

/**
 * Whom a letter of the SRO reached, by Telegram or e-mail, and whom not yet: the jobs' pushes of its `letter.created`
 * message and the letter's own record of deliveries. Recipients are named, so the look is logged.
 */
export async function listLetterDeliveries(
  letterId: string,
  context: AuditContext,
  now = new Date(),
): Promise<DeliveryRecord[]> {
  const letter = await findLetterDeliveryRecord(letterId);
  if (!letter) throw new DomainError('not_found', 'Письмо не найдено.');
  const recorded = letter.deliveries.map(({ channel, representativeId, at }) => ({
    representativeId,
    channel,
    state: 'sent' as const,
    lastError: null,
    at,
  }));
  const deliveries = await deliveriesOfMessage(`letter.created:${letterId}`, recorded, now);
  await recordAudit(context, {
    action: 'letter.deliveries_read',
    target: { kind: 'letter', id: letterId, memberId: letter.memberId },
  });
  return deliveries;
}
