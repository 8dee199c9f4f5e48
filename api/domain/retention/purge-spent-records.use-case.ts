import { AccountTokenModel } from '../accounts/account-token.model.js';
import { UsedTokenModel } from '../accounts/used-token.model.js';
import { OutboxClaimModel } from '../notifications/outbox-claim.model.js';
import { SessionModel } from '../sessions/session.model.js';
import { TelegramCodeAttemptModel } from '../telegram/telegram-code-attempt.model.js';
import { TelegramEmailCodeModel } from '../telegram/telegram-email-code.model.js';
import { TelegramLinkTokenModel } from '../telegram/telegram-link-token.model.js';

const DAY_MS = 86_400_000;

/**
 * How long a one-time record is kept after it stopped mattering. Every token and code expires within 72 hours of being
 * issued (and is refused once expired, spent or not), a session ended is refused for good, and every outbox message is
 * settled within hours, so a record this old can no longer decide anything; until then it still answers «the link has
 * expired» and support questions.
 */
export const SPENT_RECORD_RETENTION_MS = 30 * DAY_MS;

/** Deletes the one-time records past their retention; returns how many went, by collection. */
export async function purgeSpentRecords(now = new Date()): Promise<Record<string, number>> {
  const before = { $lt: new Date(now.getTime() - SPENT_RECORD_RETENTION_MS) };
  const purges = {
    account_tokens: AccountTokenModel.deleteMany({ expiresAt: before }),
    telegram_link_tokens: TelegramLinkTokenModel.deleteMany({ expiresAt: before }),
    telegram_email_codes: TelegramEmailCodeModel.deleteMany({ expiresAt: before }),
    telegram_code_attempts: TelegramCodeAttemptModel.deleteMany({ at: before }),
    used_tokens: UsedTokenModel.deleteMany({ usedAt: before }),
    outbox_claims: OutboxClaimModel.deleteMany({ claimedAt: before }),
    sessions: SessionModel.deleteMany({ $or: [{ expiresAt: before }, { revokedAt: before }] }),
  };
  const purged: Record<string, number> = {};
  for (const [collection, purge] of Object.entries(purges)) purged[collection] = (await purge).deletedCount;
  return purged;
}
