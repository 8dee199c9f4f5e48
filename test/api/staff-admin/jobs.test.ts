import { beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { JOBS_COLLECTION } from '../../../api/domain/jobs-queue/jobs-collection.js';
import { scheduleReminderJobs } from '../../../jobs/create-reminders.job.js';
import { schedulePurgeSpentRecordsJob } from '../../../jobs/purge-spent-records.job.js';
import { createTestJobs } from '../../helpers/test-jobs.js';
import { useRegistryKit } from '../staff-registry/registry-kit.js';

type Job = { id: string; name: string; state: string; nextRunAt: string | null; [field: string]: unknown };
const FLAKY = 'flaky-report';

describe('staff admin: the jobs queue', () => {
  const kit = useRegistryKit();
  let runs = 0;

  const list = async () => {
    const response = await kit.as('admin').get('/api/v1/staff/jobs?perPage=100');
    expect(response.status).toBe(200);
    return response.body.items as Job[];
  };
  const flaky = async () => (await list()).find((job) => job.name === FLAKY);
  /**
   * A worker with the app's daily schedules and a job that fails on its first run, until `done` holds. It runs only
   * what is due (not the outbox dispatch, which jobs.start() would run at once); the short lock lifetime keeps
   * Agenda's liveness check, a timer it never clears, from outliving the test by minutes.
   */
  async function runJobsUntil(done: (job: Job | undefined) => boolean, { addFlaky = false } = {}) {
    const jobs = createTestJobs();
    const flakyRun = async () => {
      runs += 1;
      if (runs === 1) throw new Error('Отчёт не собрался');
    };
    jobs.agenda.define(FLAKY, flakyRun, { lockLifetime: 1000 });
    if (addFlaky) {
      await scheduleReminderJobs(jobs.agenda);
      await schedulePurgeSpentRecordsJob(jobs.agenda);
      await jobs.agenda.now(FLAKY);
    }
    await jobs.agenda.start();
    const deadline = Date.now() + 15_000;
    while (!done(await flaky()) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await jobs.stop(5000);
  }

  beforeAll(() => runJobsUntil((job) => job?.state === 'failed', { addFlaky: true }));

  it('when an admin opens the queue, then the failed job comes first with its reason, the rest by their next run', async () => {
    const [first, ...rest] = await list();
    expect(first).toMatchObject({
      name: FLAKY,
      state: 'failed',
      failReason: 'Отчёт не собрался',
      failCount: 1,
      nextRunAt: null,
      repeatInterval: null,
      failedAt: expect.any(String),
      lastRunAt: expect.any(String),
    });
    expect(rest.map((job) => job.name).sort()).toEqual(
      [
        'purge-spent-records',
        'remind-dues-debt',
        'remind-events',
        'remind-insurance-expiry',
        'remind-report-deadlines',
        'warn-odo-usage',
      ].sort(),
    );
    expect(rest.map((job) => job.state)).toEqual(rest.map(() => 'scheduled'));
    const nextRuns = rest.map((job) => Date.parse(job.nextRunAt!));
    expect(nextRuns).toEqual([...nextRuns].sort((a, b) => a - b));
    expect(rest.find((job) => job.name === 'purge-spent-records')).toMatchObject({
      repeatInterval: '30 3 * * *',
    });
  });

  it('when an admin retries the failed job, then it is due at once without its failure, and the next worker runs it', async () => {
    const { id } = (await flaky())!;
    const retried = await kit.as('admin').post(`/api/v1/staff/jobs/${id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id, state: 'scheduled', failedAt: null, failReason: null });
    expect(Math.abs(Date.parse(retried.body.nextRunAt) - Date.now())).toBeLessThan(5000);
    expect((await flaky())?.state).toBe('scheduled');

    await runJobsUntil((job) => job?.state === 'completed');
    expect(await flaky()).toMatchObject({ state: 'completed', failedAt: null, nextRunAt: null });
    expect(runs).toBe(2);
    const audit = await kit.as('admin').get('/api/v1/staff/audit?action=job.retried');
    expect(audit.body.items[0]).toMatchObject({ target: { kind: 'job', id }, changes: { name: FLAKY } });
  });

  it('when the job is running, unknown, or the caller an expert, then 409, 404 or 403', async () => {
    const { id } = (await flaky())!;
    const queue = mongoose.connection.db!.collection(JOBS_COLLECTION);
    await queue.updateOne({ _id: new mongoose.Types.ObjectId(id) }, { $set: { lockedAt: new Date() } });
    const running = await kit.as('admin').post(`/api/v1/staff/jobs/${id}/retry`);
    expect(running.status).toBe(409);
    expect(running.body.detail).toBe('Задание выполняется прямо сейчас. Повторите, когда оно закончится.');
    expect((await flaky())?.state).toBe('running');

    const unknown = await kit.as('admin').post('/api/v1/staff/jobs/0123456789abcdef01234567/retry');
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toBe('Задание не найдено.');
    expect((await kit.as('expert').get('/api/v1/staff/jobs')).status).toBe(403);
    expect((await kit.as('expert').post(`/api/v1/staff/jobs/${id}/retry`)).status).toBe(403);
  });
});
