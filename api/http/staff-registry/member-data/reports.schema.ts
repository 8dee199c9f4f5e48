import { z } from 'zod';
import { MEMBER_RECORD_KINDS } from '../../../domain/registry/member-record-kinds.js';
import { REPORT_KINDS, REPORT_STATUSES } from '../../../domain/reports/report.model.js';
import { id, instant } from '../answers.js';
import { choice, date, optionalText, patchOf } from '../fields.js';
import { MEMBER_DATA_TAG, recordAnswer } from './record-fields.js';

const reportShape = z.object({
  kind: choice(REPORT_KINDS),
  period: z
    .number({ error: 'Укажите отчётный год числом' })
    .int('Укажите отчётный год числом')
    .min(2000, 'Отчётный год — от 2000 до 2100')
    .max(2100, 'Отчётный год — от 2000 до 2100'),
  dueAt: date,
  submittedAt: date.nullable().optional(),
  status: choice(REPORT_STATUSES).optional(),
  comment: optionalText(2000),
});

export const reports = {
  path: 'reports',
  kind: MEMBER_RECORD_KINDS.reports,
  title: 'Отчёты',
  tag: MEMBER_DATA_TAG,
  createSchema: reportShape,
  updateSchema: patchOf(reportShape),
  responseSchema: recordAnswer(
    {
      kind: z.enum(REPORT_KINDS),
      period: z.number().int(),
      dueAt: instant,
      submittedAt: instant.nullable(),
      status: z.enum(REPORT_STATUSES),
      files: z.array(
        z.object({ fileId: id, filename: z.string(), contentType: z.string(), size: z.number().int() }),
      ),
      comment: z.string().nullable(),
    },
    'RegistryReport',
    'Отчёт члена СРО: о деятельности или уведомление о совокупном размере обязательств по договорам ОДО',
  ),
};
