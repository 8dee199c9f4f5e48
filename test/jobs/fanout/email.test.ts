import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { ACCOUNT_EMAILS, enqueueAccountEmail } from '../../../api/domain/accounts/account-emails.js';
import { createPasswordHasher } from '../../../api/domain/accounts/password-hasher.js';
import { ensureIndexes } from '../../../api/domain/models.js';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { testMongoUri, useTestDatabase } from '../../helpers/database.js';
import { createMember, createRepresentative } from '../../helpers/factories.js';
import { startJobsProcess, type JobsProcess } from '../../helpers/jobs-process/jobs-process.js';
import { startSmtpPeer, type SmtpPeer } from '../../helpers/smtp-peer.js';
import { outboxFinished } from './fanout-fixtures.js';

const hasher = createPasswordHasher();

describe('e-mail from a jobs process to an SMTP server that refuses some messages', () => {
  useTestDatabase();
  let peer: SmtpPeer;
  let jobs: JobsProcess | undefined;
  beforeAll(async () => {
    await ensureIndexes();
    peer = await startSmtpPeer({
      refuseRecipient: (address, attempt) =>
        address.startsWith('perm-') ? 550 : address.startsWith('temp-') && attempt === 1 ? 451 : null,
    });
  });
  afterAll(async () => {
    await jobs?.kill();
    await peer?.stop();
  });

  const activationFor = async (prefix: string) => {
    const member = await createMember();
    const email = `${prefix}-${randomUUID().slice(0, 8)}@example.ru`;
    const representative = await createRepresentative(hasher, member._id, {
      email,
      status: 'pending',
      emailConfirmedAt: null,
      passwordHash: null,
    });
    await enqueueAccountEmail(ACCOUNT_EMAILS.activation, representative._id, new Date());
    return { email, id: String(representative._id) };
  };
  const received = (email: string) =>
    peer.messages.filter(
      (mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address === email,
    );
  const messageOf = (id: string) => OutboxMessageModel.findOne({ 'payload.representativeId': id }).lean();

  it('when the server answers 4xx to some and 5xx to others, then the first arrive once after a retry and the others are marked failed without another try', async () => {
    const plain = await Promise.all([1, 2, 3, 4].map(() => activationFor('rep')));
    const temporary = await Promise.all([1, 2].map(() => activationFor('temp')));
    const permanent = await Promise.all([1, 2].map(() => activationFor('perm')));

    jobs = await startJobsProcess({
      mongoUri: testMongoUri(),
      dbName: mongoose.connection.name,
      redisUrl: process.env.TEST_REDIS_URL!,
      smtpUrl: peer.url,
    });
    await outboxFinished(30_000);

    for (const { email, id } of plain) {
      expect(received(email)).toHaveLength(1);
      expect(await messageOf(id)).toMatchObject({ status: 'done', attempts: 1 });
    }
    for (const { email, id } of temporary) {
      expect(received(email)).toHaveLength(1);
      expect(await messageOf(id)).toMatchObject({ status: 'done', attempts: 2, lastError: null });
    }
    for (const { email, id } of permanent) {
      expect(received(email)).toHaveLength(0);
      const message = await messageOf(id);
      expect(message).toMatchObject({ status: 'failed', attempts: 1 });
      expect(message?.lastError).toContain('550');
      expect(message?.lastError).not.toContain(email);
    }
  }, 60_000);
});
