import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { MongoBackend } from '@agendajs/mongo-backend';
import { Agenda } from 'agenda';
import type { Redis } from 'ioredis';
import type { Db } from 'mongodb';
import { JOBS_COLLECTION } from '../api/domain/jobs-queue/jobs-collection.js';
import type { OutboxTimings } from '../api/domain/notifications/outbox-delivery.repository.js';
import type { Logger } from '../api/logger.js';
import type { Metrics } from '../api/metrics/metrics.js';
import { createEmailChannel } from './channels/email.channel.js';
import { createLocalSendBudget, createRedisSendBudget } from './channels/telegram-budget.js';
import { createTelegramChannel, type TelegramSettings } from './channels/telegram.channel.js';
import { defineReminderJobs, scheduleReminderJobs } from './create-reminders.job.js';
import { definePurgeSpentRecordsJob, schedulePurgeSpentRecordsJob } from './purge-spent-records.job.js';
import { DISPATCH_OUTBOX_JOB, defineDispatchOutboxJob } from './dispatch-outbox.job.js';
import { startOutboxDispatcher, type OutboxDispatcher } from './outbox/outbox-dispatcher.js';
import { countEmailDeliveries, countTelegramDeliveries, observeJobs } from './job-metrics.js';

/** What Telegram lets a bot send in all (`TELEGRAM_MESSAGES_PER_SECOND`), unless it agreed a higher limit. */
const TELEGRAM_MESSAGES_PER_SECOND = 30;
/** The jobs keep 3 % under the limit, so that network jitter does not carry messages sent in time over it. */
const BUDGET_SHARE = 0.97;
const OUTBOX_IDLE_MS = 1000;

export interface JobsDeps {
  db: Db;
  log: Logger;
  /** External base URL of the cabinet, for links in e-mails. */
  publicUrl: string;
  /** Where e-mails are written as files when no SMTP server is configured (`<dataDir>/outbox/`). */
  dataDir: string;
  mail: { smtpUrl?: string | undefined; from: string };
  /** The bot that sends pushes; without a token this worker leaves pushes to one that has it. */
  telegram?: Partial<TelegramSettings> & { messagesPerSecond?: number | undefined };
  /** Where the bot's send budget is shared with the other jobs processes; without it, kept in this process. */
  redis?: Redis | null;
  /** The outbox's lease, first retry pause and idle look-again interval (the defaults in production). */
  outbox?: { timings?: OutboxTimings; idleMs?: number };
  /** Counts job runs and deliveries and reads the outbox's backlog at each scrape; absent, nothing is counted. */
  metrics?: Metrics | null;
}

export interface Jobs {
  agenda: Agenda;
  start(): Promise<void>;
  /** Lets running jobs finish for up to `timeoutMs`, then unlocks the rest for another worker. */
  stop(timeoutMs: number): Promise<void>;
}

export function createJobs(deps: JobsDeps): Jobs {
  // Agenda records which worker locked a job under this name, so that this worker can free its own locks.
  const name = `jobs-${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const agenda = new Agenda({
    name,
    backend: new MongoBackend({ mongo: deps.db, collection: JOBS_COLLECTION }),
    processEvery: '5 seconds',
    maxConcurrency: 20,
  });
  agenda.on('fail', (error: Error, job: { attrs: { name: string; _id?: unknown } }) => {
    deps.log.error({ err: error, job: job.attrs.name, jobId: String(job.attrs._id) }, 'job failed');
  });
  const email = createEmailChannel({
    ...deps.mail,
    dataDir: deps.dataDir,
    log: deps.log.child({ channel: 'email' }),
  });
  const { token, apiRoot, messagesPerSecond = TELEGRAM_MESSAGES_PER_SECOND } = deps.telegram ?? {};
  const budgetSettings = { perSecond: messagesPerSecond * BUDGET_SHARE };
  const budget = (botToken: string) =>
    deps.redis
      ? createRedisSendBudget(deps.redis, botToken, budgetSettings)
      : createLocalSendBudget(budgetSettings);
  const telegram = token && apiRoot ? createTelegramChannel({ token, apiRoot }, budget(token)) : null;
  const { metrics } = deps;
  if (metrics) observeJobs(agenda, metrics);
  const dispatchDeps = {
    email: metrics ? countEmailDeliveries(email, metrics) : email,
    telegram: metrics && telegram ? countTelegramDeliveries(telegram, metrics) : telegram,
    publicUrl: deps.publicUrl,
    log: deps.log.child({ job: DISPATCH_OUTBOX_JOB }),
    worker: name,
    ...(deps.outbox?.timings ? { timings: deps.outbox.timings } : {}),
  };
  defineDispatchOutboxJob(agenda, dispatchDeps);
  let dispatcher: OutboxDispatcher | null = null;
  defineReminderJobs(agenda, deps.log);
  definePurgeSpentRecordsJob(agenda, deps.log);
  return {
    agenda,
    start: async () => {
      await agenda.start();
      dispatcher = startOutboxDispatcher(dispatchDeps, deps.outbox?.idleMs ?? OUTBOX_IDLE_MS);
      await scheduleReminderJobs(agenda);
      await schedulePurgeSpentRecordsJob(agenda);
      deps.log.info(`jobs: Agenda is processing; e-mail ${deps.mail.smtpUrl ? 'by SMTP' : 'into files'}`);
    },
    stop: async (timeoutMs) => {
      const [, drained] = await Promise.all([
        dispatcher?.stop(timeoutMs),
        agenda.drain({ timeout: timeoutMs, closeConnection: false }),
      ]);
      // Draining leaves the jobs taken ahead of their run time locked until the lock expires, minutes later; with
      // nothing running any more, every lock of this worker is such a job.
      if (!drained.timedOut) {
        await deps.db
          .collection(JOBS_COLLECTION)
          .updateMany({ lastModifiedBy: name, lockedAt: { $ne: null } }, { $unset: { lockedAt: true } });
      }
      email.close();
    },
  };
}
