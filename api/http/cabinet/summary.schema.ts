import { z } from 'zod';
import { MEMBER_STATUSES } from '../../domain/members/member.model.js';
import { WORK_RIGHT_STATUSES } from '../../domain/members/work-right.js';
import { eventBriefSchema } from './events.schema.js';
import { dateTimeSchema, rublesSchema } from '../shared/json.js';
import { obligationFiguresSchema } from './levels.schema.js';

export const summarySchema = z
  .object({
    company: z.object({
      shortName: z.string(),
      registryNumber: z.string(),
      status: z.enum(MEMBER_STATUSES),
      statusLabel: z.string(),
      statusSince: dateTimeSchema,
    }),
    workRight: z.object({
      status: z.enum(WORK_RIGHT_STATUSES),
      statusLabel: z.string(),
      since: dateTimeSchema.nullable(),
    }),
    letters: z.object({ unread: z.number().int().meta({ description: 'Непрочитанные письма от СРО' }) }),
    dues: z.object({
      debt: rublesSchema,
      overdueAmount: rublesSchema,
      daysOverdue: z.number().int(),
      oldestUnpaidDueDate: dateTimeSchema.nullable(),
    }),
    obligations: obligationFiguresSchema,
    nextEvent: eventBriefSchema.nullable(),
    appeals: z.object({ open: z.number().int().meta({ description: 'Обращения, ожидающие ответа' }) }),
    insurance: z.object({
      expiringSoon: z
        .number()
        .int()
        .meta({ description: 'Договоры страхования, истекающие в ближайшие 30 дней' }),
    }),
    reports: z.object({
      dueSoon: z.number().int().meta({ description: 'Отчёты со сроком сдачи в ближайшие 30 дней' }),
      overdue: z.number().int().meta({ description: 'Отчёты, не сданные в срок' }),
    }),
  })
  .meta({ id: 'CabinetSummary' });
