import { z } from 'zod';
import { CONTRACT_STATUSES, PROCUREMENT_KINDS } from '../../domain/contracts/contract.model.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { dateTimeSchema, idSchema, rublesSchema } from '../shared/json.js';

export const contractSchema = z
  .object({
    id: idSchema,
    number: z.string(),
    date: dateTimeSchema,
    customer: z.object({ name: z.string(), inn: z.string().nullable() }),
    subject: z.string(),
    procurement: z.enum(PROCUREMENT_KINDS),
    procurementLabel: z.string(),
    price: rublesSchema,
    status: z.enum(CONTRACT_STATUSES),
    statusLabel: z.string(),
    completedAt: dateTimeSchema.nullable(),
    actualCompletedAmount: rublesSchema.nullable(),
  })
  .meta({ id: 'CabinetContract' });

export const contractPageSchema = pageOf(contractSchema).meta({ id: 'CabinetContractPage' });

export const contractsQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(CONTRACT_STATUSES, { error: 'Статус договора: in_force, completed или terminated' })
    .optional(),
});
