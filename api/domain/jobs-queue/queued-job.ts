import type { Types } from 'mongoose';

/** A job as Agenda 6 (with @agendajs/mongo-backend) stores it, only the fields staff see; unset ones are null. */
export interface QueuedJob {
  _id: Types.ObjectId;
  name: string;
  nextRunAt: Date | null;
  lockedAt: Date | null;
  lastRunAt: Date | null;
  lastFinishedAt: Date | null;
  failedAt: Date | null;
  failReason: string | null;
  failCount: number | null;
  repeatInterval: string | null;
}

export const JOB_STATES = ['failed', 'running', 'scheduled', 'completed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/**
 * Agenda's own reading of a job: locked is running, a failure not followed by a success is failed, a next run
 * (repeating, or a one-off not yet taken) is scheduled, anything else has completed.
 */
export function jobState(job: QueuedJob): JobState {
  if (job.lockedAt) return 'running';
  if (job.failedAt && (!job.lastFinishedAt || job.failedAt >= job.lastFinishedAt)) return 'failed';
  if (job.nextRunAt) return 'scheduled';
  return 'completed';
}
