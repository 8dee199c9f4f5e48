import { z } from 'zod';
import { duesSchema } from '../cabinet/finance.schema.js';
import { fundStandingSchema, obligationsSchema } from '../cabinet/levels.schema.js';

export const memberStandingSchema = z
  .object({
    funds: z.array(fundStandingSchema),
    obligations: obligationsSchema,
    dues: duesSchema.omit({ accruals: true, payments: true }),
  })
  .meta({
    id: 'RegistryMemberStanding',
    description: 'Уровни и взносы в фонды, обязательства ОДО против предела и долг по членским взносам',
  });
