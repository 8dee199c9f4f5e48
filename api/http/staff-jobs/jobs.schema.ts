import { z } from 'zod';
import { JOB_STATES } from '../../domain/jobs-queue/queued-job.js';
import { id, instant } from '../staff-registry/answers.js';

const moment = instant.nullable();

export const queuedJobSchema = z
  .object({
    id,
    name: z.string().meta({ description: 'Имя задания, например dispatch-outbox' }),
    state: z.enum(JOB_STATES),
    nextRunAt: moment,
    lastRunAt: moment,
    lastFinishedAt: moment,
    failedAt: moment,
    failReason: z.string().nullable(),
    failCount: z.number().int().nullable().meta({ description: 'Сбоев подряд' }),
    repeatInterval: z.string().nullable().meta({ description: 'Как часто: «5 seconds» или расписание cron' }),
  })
  .meta({ id: 'StaffQueuedJob', description: 'Задание фоновой очереди (Agenda)' });
