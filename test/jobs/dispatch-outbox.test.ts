import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { simpleParser } from 'mailparser';
import mongoose from 'mongoose';
import { pino } from 'pino';
import { ACCOUNT_EMAILS, enqueueAccountEmail } from '../../api/domain/accounts/account-emails.js';
import { ensureIndexes } from '../../api/domain/models.js';
import { OutboxMessageModel } from '../../api/domain/notifications/outbox-message.model.js';
import { enqueueOutboxMessage } from '../../api/domain/notifications/outbox.repository.js';
import { createPasswordHasher } from '../../api/domain/accounts/password-hasher.js';
import { createEmailChannel } from '../../jobs/channels/email.channel.js';
import { dispatchOutbox } from '../../jobs/dispatch-outbox.job.js';
import { OutboxClaimModel } from '../../api/domain/notifications/outbox-claim.model.js';
import { OUTBOX_MAX_ATTEMPTS } from '../../api/domain/notifications/outbox-delivery.repository.js';
import { useTestDatabase } from '../helpers/database.js';
import { createMember, createRepresentative } from '../helpers/factories.js';
import { silentLogger } from '../helpers/silent-logger.js';
import { createTestJobs } from '../helpers/test-jobs.js';
import { useSmtpPeer } from '../helpers/smtp-peer.js';

const PUBLIC_URL = 'http://cabinet.test';
const hasher = createPasswordHasher();

/** A logger whose lines the test can read. */
function recordingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

describe('outbox dispatch of e-mails', () => {
  useTestDatabase();
  const smtp = useSmtpPeer();
  beforeAll(() => ensureIndexes());

  const deps = () => ({
    email: createEmailChannel({
      smtpUrl: smtp.peer.url,
      from: 'СРО <no-reply@sro.test>',
      dataDir: tmpdir(),
      log: silentLogger,
    }),
    publicUrl: PUBLIC_URL,
    log: silentLogger,
  });

  async function pendingActivation(email = `rep-${new mongoose.Types.ObjectId()}@example.ru`) {
    const member = await createMember();
    const representative = await createRepresentative(hasher, member._id, {
      email,
      status: 'pending',
      emailConfirmedAt: null,
      passwordHash: null,
    });
    await enqueueAccountEmail(ACCOUNT_EMAILS.activation, representative._id, new Date());
    const message = await OutboxMessageModel.findOne({
      'payload.representativeId': String(representative._id),
    }).lean();
    return { representative, message: message! };
  }

  const sentTo = (email: string) =>
    smtp.peer.messages.filter(
      (mail) => (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.value[0]?.address === email,
    );

  it('when two dispatches run at once, then every e-mail is sent exactly once', async () => {
    const created = await Promise.all(Array.from({ length: 5 }, () => pendingActivation()));

    const [first, second] = await Promise.all([dispatchOutbox(deps()), dispatchOutbox(deps())]);

    expect(first.delivered + second.delivered).toBe(5);
    for (const { representative, message } of created) {
      expect(sentTo(representative.email)).toHaveLength(1);
      const stored = await OutboxMessageModel.findById(message._id).lean();
      expect(stored).toMatchObject({ status: 'done', attempts: 1, lastError: null });
    }
    expect((await dispatchOutbox(deps())).delivered).toBe(0);
  });

  it('when the SMTP server refuses, then the attempt is recorded and retried after a delay', async () => {
    const { representative, message } = await pendingActivation();
    smtp.peer.refuseNext(1);
    const now = new Date();

    const failed = await dispatchOutbox(deps(), now);

    expect(failed.retried).toBe(1);
    const afterFailure = await OutboxMessageModel.findById(message._id).lean();
    expect(afterFailure).toMatchObject({ status: 'pending', attempts: 1 });
    expect(afterFailure?.lastError).toContain('451');
    expect(afterFailure?.lastError).not.toContain(representative.email);
    expect(afterFailure!.lockedUntil!.getTime()).toBe(now.getTime() + 30_000);

    expect((await dispatchOutbox(deps(), new Date(now.getTime() + 10_000))).delivered).toBe(0);
    const retried = await dispatchOutbox(deps(), new Date(now.getTime() + 31_000));
    expect(retried.delivered).toBe(1);
    expect(await OutboxMessageModel.findById(message._id).lean()).toMatchObject({
      status: 'done',
      attempts: 2,
    });
    expect(sentTo(representative.email)).toHaveLength(1);
  });

  it('when every attempt fails, then the message ends as failed and stays in the outbox', async () => {
    const { message } = await pendingActivation();
    smtp.peer.refuseNext(OUTBOX_MAX_ATTEMPTS);
    let now = Date.now();
    for (let attempt = 1; attempt <= OUTBOX_MAX_ATTEMPTS; attempt += 1) {
      await dispatchOutbox(deps(), new Date(now));
      now += 2 * 3_600_000;
    }

    expect(await OutboxMessageModel.findById(message._id).lean()).toMatchObject({
      status: 'failed',
      attempts: OUTBOX_MAX_ATTEMPTS,
      lockedUntil: null,
    });
    expect((await dispatchOutbox(deps(), new Date(now))).delivered).toBe(0);
  });

  it('when a worker died during an attempt, then the message is retried after the lease, not before', async () => {
    const { representative, message } = await pendingActivation();
    const now = Date.now();
    await OutboxClaimModel.create({
      _id: `${String(message._id)}:1`,
      messageId: message._id,
      attempt: 1,
      claimedAt: new Date(now),
    });

    expect((await dispatchOutbox(deps(), new Date(now + 1_000))).delivered).toBe(0);
    expect(sentTo(representative.email)).toHaveLength(0);

    const later = await dispatchOutbox(deps(), new Date(now + 3 * 60_000));
    expect(later.delivered).toBe(1);
    expect(await OutboxMessageModel.findById(message._id).lean()).toMatchObject({
      status: 'done',
      attempts: 2,
    });
  });

  it('when the person was activated before the e-mail went out, then nothing is sent and the message is done', async () => {
    const { representative, message } = await pendingActivation();
    await mongoose.connection
      .collection('representatives')
      .updateOne({ _id: representative._id }, { $set: { status: 'active' } });

    await dispatchOutbox(deps());

    expect(sentTo(representative.email)).toHaveLength(0);
    expect((await OutboxMessageModel.findById(message._id).lean())?.status).toBe('done');
  });

  it('when a message is of a kind the e-mail dispatch does not handle, then it is left alone', async () => {
    await enqueueOutboxMessage({
      kind: 'letter.created',
      payload: { letterId: 'x' },
      idempotencyKey: 'letter.created:x',
    });
    await dispatchOutbox(deps());
    expect((await OutboxMessageModel.findOne({ kind: 'letter.created' }).lean())?.status).toBe('pending');
  });

  it('when no SMTP server is configured, then the e-mail is written as an .eml file and only its path is logged', async () => {
    const { representative } = await pendingActivation();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'sro-mail-'));
    const { log, lines } = recordingLogger();
    const email = createEmailChannel({ from: 'СРО <no-reply@sro.test>', dataDir, log });

    await dispatchOutbox({ email, publicUrl: PUBLIC_URL, log });

    const files = await readdir(path.join(dataDir, 'outbox'));
    expect(files).toHaveLength(1);
    const eml = await simpleParser(await readFile(path.join(dataDir, 'outbox', files[0]!)));
    expect(eml.text).toContain('http://cabinet.test/account/activate?token=');
    expect(JSON.stringify(eml.to)).toContain(representative.email);
    const logged = lines.join('');
    expect(logged).toContain(files[0]);
    expect(logged).not.toContain(representative.email);
    expect(logged).not.toContain('token=');
  });

  it('when the jobs run, then the Agenda job delivers the outbox on its own', async () => {
    const { representative } = await pendingActivation();
    const jobs = createTestJobs({
      publicUrl: PUBLIC_URL,
      mail: { smtpUrl: smtp.peer.url, from: 'СРО <no-reply@sro.test>' },
    });
    await jobs.start();
    try {
      const deadline = Date.now() + 40_000;
      while (sentTo(representative.email).length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await jobs.stop(5_000);
    }
    expect(sentTo(representative.email)).toHaveLength(1);
  }, 60_000);
});
