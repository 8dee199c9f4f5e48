import { z } from 'zod';
import { REPORT_KINDS, REPORT_STATUSES } from '../../domain/reports/report.model.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { dateTimeSchema, idSchema } from '../shared/json.js';

export const reportSchema = z
  .object({
    id: idSchema,
    kind: z.enum(REPORT_KINDS),
    kindLabel: z.string(),
    period: z.number().int().meta({ description: 'Отчётный год' }),
    dueAt: dateTimeSchema,
    submittedAt: dateTimeSchema.nullable(),
    status: z.enum(REPORT_STATUSES),
    statusLabel: z.string(),
    daysLeft: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'Дней до срока; null — отчёт уже не ждёт члена' }),
    overdue: z.boolean(),
    dueSoon: z.boolean().meta({ description: 'Срок сдачи в ближайшие 30 дней' }),
    comment: z.string().nullable(),
    files: z.array(z.object({ filename: z.string(), contentType: z.string(), size: z.number().int() })),
  })
  .meta({ id: 'CabinetReport' });

export const reportPageSchema = pageOf(reportSchema).meta({ id: 'CabinetReportPage' });

export const reportsQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(REPORT_STATUSES, { error: 'Статус отчёта: expected, submitted, accepted или rejected' })
    .optional(),
});
