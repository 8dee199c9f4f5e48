import { listQueuedJobs } from '../../domain/jobs-queue/list-queued-jobs.use-case.js';
import { retryJob } from '../../domain/jobs-queue/retry-job.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { idParamsSchema } from '../params.js';
import { present, presentPage, problem } from '../staff-registry/answers.js';
import { queuedJobSchema } from './jobs.schema.js';

const ROUTE = { tags: ['Фоновые задания'], auth: 'admin' as const };

/** The jobs' queue, for administrators: what runs when, what failed and why, and running a job again. */
export function registerJobRoutes(api: ApiRouter): void {
  api
    .add(
      {
        ...ROUTE,
        method: 'get',
        path: '/staff/jobs',
        summary: 'Фоновые задания: сначала со сбоем, затем по времени следующего запуска',
        query: pageQuerySchema,
        responses: { 200: { description: 'Страница заданий', schema: pageOf(queuedJobSchema) } },
      },
      async ({ query, res }) => {
        res.json(presentPage(queuedJobSchema, await listQueuedJobs(query)));
      },
    )
    .add(
      {
        ...ROUTE,
        method: 'post',
        path: '/staff/jobs/:id/retry',
        summary: 'Запустить задание снова сейчас; отметка о сбое снимается',
        params: idParamsSchema,
        responses: {
          200: { description: 'Задание поставлено в очередь', schema: queuedJobSchema },
          404: problem('Задание не найдено'),
          409: problem('Задание выполняется прямо сейчас'),
        },
      },
      async ({ params, req, res }) => {
        res.json(present(queuedJobSchema, await retryJob(params.id, auditContext(req))));
      },
    );
}
