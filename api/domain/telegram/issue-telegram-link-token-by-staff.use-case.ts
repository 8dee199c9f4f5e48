import type { AuditContext } from '../audit/record-audit.use-case.js';
import { auditRepresentative } from '../representatives/representative-audit.js';
import { issueTelegramLinkToken, type IssuedTelegramLink } from './issue-telegram-link-token.use-case.js';

/** Staff hand a representative a Telegram deep link (e.g. as a QR code at the office); audited. */
export async function issueTelegramLinkTokenByStaff(
  representativeId: string,
  context: AuditContext,
  now = new Date(),
): Promise<IssuedTelegramLink> {
  const issued = await issueTelegramLinkToken(representativeId, now);
  await auditRepresentative(context, 'representative.telegram_link_issued', issued.representative);
  return issued;
}
