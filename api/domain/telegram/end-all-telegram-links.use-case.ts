import type { AuditContext } from '../audit/record-audit.use-case.js';
import type { Representative } from '../representatives/representative.model.js';
import { auditRepresentative } from '../representatives/representative-audit.js';
import { requireRepresentative } from '../representatives/representatives.repository.js';
import { endTelegramLink } from './end-telegram-link.use-case.js';

/**
 * Staff end every Telegram link of a representative, e.g. when a phone is lost: each link goes with the bot's sessions
 * opened through it, so no chat gets pushes or answers for this account any more. The representative is answered as
 * they are afterwards.
 */
export async function endAllTelegramLinks(
  id: string,
  context: AuditContext,
  now = new Date(),
): Promise<Representative> {
  const representative = await requireRepresentative(id);
  for (const { telegramUserId } of representative.telegram) {
    await endTelegramLink(id, telegramUserId, now);
  }
  await auditRepresentative(context, 'representative.telegram_unlinked', representative, {
    fields: ['telegram'],
    links: representative.telegram.length,
  });
  return requireRepresentative(id);
}
