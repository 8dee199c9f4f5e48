import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { DomainError } from '../shared/domain-error.js';
import { findQueuedJob, runQueuedJobNow } from './jobs-queue.repository.js';
import type { ListedJob } from './list-queued-jobs.use-case.js';
import { jobState } from './queued-job.js';

/** An administrator runs a job again now, typically one that failed; a job running at the moment is left alone. */
export async function retryJob(id: string, context: AuditContext, now = new Date()): Promise<ListedJob> {
  const job = await findQueuedJob(id);
  if (!job) throw new DomainError('not_found', 'Задание не найдено.');
  if (!(await runQueuedJobNow(id, now))) {
    throw new DomainError('conflict', 'Задание выполняется прямо сейчас. Повторите, когда оно закончится.');
  }
  await recordAudit(context, {
    action: 'job.retried',
    target: { kind: 'job', id },
    changes: { name: job.name, failedAt: job.failedAt?.toISOString() ?? null },
  });
  const retried = { ...job, nextRunAt: now, failedAt: null, failReason: null };
  return { ...retried, state: jobState(retried) };
}
