import { z } from 'zod';
import { pageOf } from '../pagination.js';
import { dateTimeSchema, idSchema } from '../shared/json.js';

export const specialistSchema = z
  .object({
    id: idSchema,
    fullName: z.string(),
    nrsNumber: z.string().meta({ description: 'Идентификационный номер в НРС' }),
    position: z.string().nullable(),
    includedAt: dateTimeSchema.nullable(),
  })
  .meta({ id: 'CabinetSpecialist' });

export const specialistPageSchema = pageOf(specialistSchema).meta({ id: 'CabinetSpecialistPage' });
