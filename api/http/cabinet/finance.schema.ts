import { z } from 'zod';
import { FUNDS } from '../../domain/levels/fund.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { dateTimeSchema, idSchema, rublesSchema } from '../shared/json.js';

export const fundContributionSchema = z
  .object({
    id: idSchema,
    fund: z.enum(FUNDS),
    fundLabel: z.string(),
    amount: rublesSchema,
    paidAt: dateTimeSchema,
    purpose: z.string().nullable(),
    document: z.string().nullable(),
  })
  .meta({ id: 'CabinetFundContribution' });

export const fundContributionPageSchema = pageOf(fundContributionSchema).meta({
  id: 'CabinetFundContributionPage',
});

export const contributionsQuerySchema = pageQuerySchema.extend({
  fund: z.enum(FUNDS, { error: 'Фонд: vv (КФ ВВ) или odo (КФ ОДО)' }).optional(),
});

export const duesSchema = z
  .object({
    accrued: rublesSchema,
    paid: rublesSchema,
    debt: rublesSchema,
    overpayment: rublesSchema,
    overdueAmount: rublesSchema,
    daysOverdue: z.number().int(),
    oldestUnpaidDueDate: dateTimeSchema.nullable(),
    accruals: z.array(
      z.object({
        id: idSchema,
        period: z.string().meta({ description: 'Месяц (2026-01) или квартал (2026-Q4)' }),
        periodLabel: z.string().meta({ description: 'Для показа: «Январь 2026», «IV квартал 2026»' }),
        amount: rublesSchema,
        dueDate: dateTimeSchema,
      }),
    ),
    payments: z.array(
      z.object({
        id: idSchema,
        amount: rublesSchema,
        paidAt: dateTimeSchema,
        document: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'CabinetDues' });

export const duesQuerySchema = z.object({
  recent: z.coerce
    .number({ error: 'Укажите число записей' })
    .int('Укажите целое число записей')
    .min(1, 'Не меньше одной записи')
    .max(100, 'Не больше 100 записей')
    .default(12)
    .meta({ description: 'Сколько последних начислений и платежей показать' }),
});
