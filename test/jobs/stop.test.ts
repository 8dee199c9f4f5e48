import { describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { DISPATCH_OUTBOX_JOB } from '../../jobs/dispatch-outbox.job.js';
import { JOBS_COLLECTION } from '../../api/domain/jobs-queue/jobs-collection.js';
import { useTestDatabase } from '../helpers/database.js';
import { createTestJobs } from '../helpers/test-jobs.js';

describe('stopping the jobs', () => {
  useTestDatabase();

  it('when a job was taken ahead of its run time, then stopping frees it for another worker and does not run it', async () => {
    const jobs = createTestJobs();
    const soon = await jobs.agenda.schedule(new Date(Date.now() + 3000), DISPATCH_OUTBOX_JOB);
    const stored = () =>
      mongoose.connection
        .db!.collection(JOBS_COLLECTION)
        .findOne({ _id: new mongoose.Types.ObjectId(String(soon.attrs._id)) });
    await jobs.start();
    const deadline = Date.now() + 2500;
    while (!(await stored())?.lockedAt && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await stored())?.lockedAt).toBeInstanceOf(Date);

    await jobs.stop(5000);

    const after = await stored();
    expect(after?.lockedAt ?? null).toBeNull();
    expect(after?.lastRunAt ?? null).toBeNull();
  });
});
