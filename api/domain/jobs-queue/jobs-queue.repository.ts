import mongoose, { Types } from 'mongoose';
import { JOBS_COLLECTION } from './jobs-collection.js';
import type { QueuedJob } from './queued-job.js';

const UNSET = {
  nextRunAt: null,
  lockedAt: null,
  lastRunAt: null,
  lastFinishedAt: null,
  failedAt: null,
  failReason: null,
  failCount: null,
  repeatInterval: null,
};
const FIELDS = { name: 1, ...Object.fromEntries(Object.keys(UNSET).map((field) => [field, 1])) };

type StoredJob = Pick<QueuedJob, '_id' | 'name'> & Partial<QueuedJob>;
const jobs = () => mongoose.connection.collection<StoredJob>(JOBS_COLLECTION);
/** Agenda leaves some fields out of some jobs; they are answered as null. */
const complete = (job: StoredJob): QueuedJob => ({ ...UNSET, ...job });

/** Every job of the queue: a handful of repeating ones (one per name), so they are read whole; data is left out. */
export async function findQueuedJobs(): Promise<QueuedJob[]> {
  return (await jobs().find({}, { projection: FIELDS }).toArray()).map(complete);
}

export async function findQueuedJob(id: string): Promise<QueuedJob | null> {
  const job = await jobs().findOne({ _id: new Types.ObjectId(id) }, { projection: FIELDS });
  return job && complete(job);
}

/**
 * Makes a job due now and forgets its last failure, so that the next worker polling the queue takes it. Only a job no
 * worker holds is changed: false when one does.
 */
export async function runQueuedJobNow(id: string, now: Date): Promise<boolean> {
  const { modifiedCount } = await jobs().updateOne(
    { _id: new Types.ObjectId(id), lockedAt: null },
    { $set: { nextRunAt: now, failedAt: null, failReason: null } },
  );
  return modifiedCount === 1;
}
