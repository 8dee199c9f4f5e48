import { z } from 'zod';
import { INSURANCE_KINDS } from '../../domain/insurance/insurance-contract.model.js';
import { dateTimeSchema, idSchema, rublesSchema } from '../shared/json.js';

export const insuranceContractSchema = z
  .object({
    id: idSchema,
    insurer: z.string(),
    policyNumber: z.string(),
    kind: z.enum(INSURANCE_KINDS),
    kindLabel: z.string(),
    sumInsured: rublesSchema,
    validFrom: dateTimeSchema,
    validTo: dateTimeSchema,
    daysLeft: z.number().int().meta({ description: 'Дней до последнего дня действия; меньше нуля — истёк' }),
    expired: z.boolean(),
    expiresSoon: z.boolean().meta({ description: 'Истекает в ближайшие 30 дней' }),
  })
  .meta({ id: 'CabinetInsuranceContract' });

export const insuranceListSchema = z
  .object({ items: z.array(insuranceContractSchema) })
  .meta({ id: 'CabinetInsuranceContracts' });
