import { skipFor, type Page, type PageRequest } from '../shared/page.js';
import { findQueuedJobs } from './jobs-queue.repository.js';
import { jobState, type JobState, type QueuedJob } from './queued-job.js';

export type ListedJob = QueuedJob & { state: JobState };

const nextRun = (job: QueuedJob) => job.nextRunAt?.getTime() ?? Number.POSITIVE_INFINITY;

/** The jobs' queue for administrators: failed jobs first, then by their next run, those without one last. */
export async function listQueuedJobs(pageRequest: PageRequest): Promise<Page<ListedJob>> {
  const listed = (await findQueuedJobs()).map((job) => ({ ...job, state: jobState(job) }));
  listed.sort(
    (a, b) =>
      Number(b.state === 'failed') - Number(a.state === 'failed') ||
      nextRun(a) - nextRun(b) ||
      a.name.localeCompare(b.name),
  );
  const start = skipFor(pageRequest);
  return { ...pageRequest, items: listed.slice(start, start + pageRequest.perPage), total: listed.length };
}
