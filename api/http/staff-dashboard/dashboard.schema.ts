import { z } from 'zod';
import { dateTimeSchema, idSchema } from '../shared/json.js';
import { staffRefSchema } from '../staff-appeals/staff-correspondence.schema.js';

const count = z.number().int();

const memberAlertSchema = z
  .object({
    id: idSchema,
    shortName: z.string(),
    inn: z.string(),
    detail: z.string().meta({ description: 'Коротко, в чём дело: «долг 120 000,00 ₽, 45 дн.»' }),
  })
  .meta({ id: 'StaffDashboardMember' });

const alertsSchema = (description: string) =>
  z.object({
    count: count.meta({ description }),
    members: z.array(memberAlertSchema).meta({ description: 'Не больше пяти, самые тревожные первыми' }),
  });

export const dashboardSchema = z
  .object({
    appeals: z.object({
      new: count,
      overdue: count,
      open: count,
      byExpert: z.array(
        z.object({
          expert: staffRefSchema.nullable().meta({ description: 'null — обращения без эксперта' }),
          open: count,
          overdue: count,
        }),
      ),
    }),
    duesDebtors: alertsSchema('Члены СРО с просроченными членскими взносами'),
    odoAboveWarning: alertsSchema(
      'Члены СРО, чьи обязательства достигли 80 % предела КФ ОДО или превысили его',
    ),
    insuranceExpiring: alertsSchema('Члены СРО, чей договор страхования заканчивается в ближайшие 30 дней'),
    failedDeliveries: count.meta({
      description: 'Сообщения, которые не удалось доставить: по почте или в Telegram',
    }),
    generatedAt: dateTimeSchema,
  })
  .meta({ id: 'StaffDashboard' });
