import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import mongoose, { Types } from 'mongoose';
import { AccountTokenModel } from '../../api/domain/accounts/account-token.model.js';
import { UsedTokenModel } from '../../api/domain/accounts/used-token.model.js';
import { OutboxClaimModel } from '../../api/domain/notifications/outbox-claim.model.js';
import { purgeSpentRecords } from '../../api/domain/retention/purge-spent-records.use-case.js';
import { SessionModel } from '../../api/domain/sessions/session.model.js';
import { TelegramCodeAttemptModel } from '../../api/domain/telegram/telegram-code-attempt.model.js';
import { TelegramEmailCodeModel } from '../../api/domain/telegram/telegram-email-code.model.js';
import { TelegramLinkTokenModel } from '../../api/domain/telegram/telegram-link-token.model.js';
import { JOBS_COLLECTION } from '../../api/domain/jobs-queue/jobs-collection.js';
import { PURGE_SPENT_RECORDS_JOB } from '../../jobs/purge-spent-records.job.js';
import { useTestDatabase } from '../helpers/database.js';
import { createTestJobs } from '../helpers/test-jobs.js';

const NOW = new Date('2026-11-22T00:30:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

/** One record of every kind the purge covers, all dated `at` (when it expired, was spent or taken). */
async function recordsDated(at: Date) {
  const id = randomUUID();
  const representativeId = new Types.ObjectId();
  await AccountTokenModel.create({
    _id: `account-${id}`,
    purpose: 'activation',
    representativeId,
    expiresAt: at,
  });
  await TelegramLinkTokenModel.create({ _id: `link-${id}`, representativeId, expiresAt: at });
  const code = await TelegramEmailCodeModel.create({ subjectKey: id, telegramUserId: 1, expiresAt: at });
  await TelegramCodeAttemptModel.create({ _id: `${String(code._id)}:1`, at });
  await UsedTokenModel.create({ _id: `used-${id}`, usedAt: at });
  await OutboxClaimModel.create({
    _id: `${id}:1`,
    messageId: new Types.ObjectId(),
    attempt: 1,
    claimedAt: at,
  });
  const session = { kind: 'representative', representativeId, lastSeenAt: at };
  await SessionModel.create({ _id: `expired-${id}`, ...session, expiresAt: at });
  await SessionModel.create({ _id: `revoked-${id}`, ...session, expiresAt: NOW, revokedAt: at });
  return id;
}

async function remaining(id: string) {
  return {
    account_tokens: await AccountTokenModel.countDocuments({ _id: `account-${id}` }),
    telegram_link_tokens: await TelegramLinkTokenModel.countDocuments({ _id: `link-${id}` }),
    telegram_email_codes: await TelegramEmailCodeModel.countDocuments({ subjectKey: id }),
    used_tokens: await UsedTokenModel.countDocuments({ _id: `used-${id}` }),
    outbox_claims: await OutboxClaimModel.countDocuments({ _id: `${id}:1` }),
    sessions: await SessionModel.countDocuments({ _id: { $in: [`expired-${id}`, `revoked-${id}`] } }),
  };
}

describe('purging spent one-time records', () => {
  useTestDatabase();

  it('when records are over 30 days past use or expiry, then they go and younger ones stay', async () => {
    const old = await recordsDated(daysAgo(31));
    const young = await recordsDated(daysAgo(29));

    const purged = await purgeSpentRecords(NOW);

    expect(purged).toEqual({
      account_tokens: 1,
      telegram_link_tokens: 1,
      telegram_email_codes: 1,
      telegram_code_attempts: 1,
      used_tokens: 1,
      outbox_claims: 1,
      sessions: 2,
    });
    expect(Object.values(await remaining(old))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await remaining(young)).toEqual({
      account_tokens: 1,
      telegram_link_tokens: 1,
      telegram_email_codes: 1,
      used_tokens: 1,
      outbox_claims: 1,
      sessions: 2,
    });
    expect(await TelegramCodeAttemptModel.countDocuments({ at: daysAgo(29) })).toBe(1);
  });

  it('when the jobs start, then the purge is scheduled nightly at 03:30 Moscow time', async () => {
    const jobs = createTestJobs();
    await jobs.start();
    try {
      const scheduled = await mongoose.connection
        .db!.collection(JOBS_COLLECTION)
        .findOne({ name: PURGE_SPENT_RECORDS_JOB });
      expect(`${scheduled?.repeatInterval} ${scheduled?.repeatTimezone}`).toBe('30 3 * * * Europe/Moscow');
    } finally {
      await jobs.stop(5_000);
    }
  });
});
