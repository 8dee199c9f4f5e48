import { z } from 'zod';
import { FUNDS } from '../../domain/levels/fund.js';
import { rublesSchema } from '../shared/json.js';

const ODO_STATES = ['ok', 'warning', 'exceeded', 'no_level'] as const;

export const levelRowSchema = z
  .object({
    fund: z.enum(FUNDS),
    fundLabel: z.string(),
    level: z.number().int(),
    title: z.string(),
    cap: rublesSchema.nullable().meta({
      description:
        'КФ ВВ: предельная цена одного договора; КФ ОДО: предельный размер всех обязательств; null — без ограничения',
    }),
    contribution: rublesSchema.meta({ description: 'Взнос в компенсационный фонд для этого уровня' }),
    needsReview: z.boolean().meta({ description: 'Значение ещё не сверено с действующей редакцией ГрК РФ' }),
  })
  .meta({ id: 'CabinetLevelRow' });

export const fundStandingSchema = z
  .object({
    fund: z.enum(FUNDS),
    fundLabel: z.string(),
    fundTitle: z.string(),
    level: z.number().int().nullable(),
    levelTitle: z.string().nullable(),
    cap: rublesSchema.nullable(),
    unlimited: z.boolean(),
    requiredContribution: rublesSchema.nullable(),
    paid: rublesSchema,
    shortfall: rublesSchema.nullable(),
    needsReview: z.boolean(),
  })
  .meta({ id: 'CabinetFundStanding' });

export const levelsSchema = z
  .object({ funds: z.array(fundStandingSchema), table: z.array(levelRowSchema) })
  .meta({ id: 'CabinetLevels' });

export const obligationFiguresSchema = z
  .object({
    level: z.number().int().nullable().meta({ description: 'Уровень ответственности по КФ ОДО' }),
    total: rublesSchema.meta({ description: 'Сумма цен договоров, действующих сейчас' }),
    cap: rublesSchema.nullable(),
    usagePercent: z.number().nullable(),
    headroom: rublesSchema.nullable(),
    state: z.enum(ODO_STATES),
    stateLabel: z.string(),
  })
  .meta({ id: 'CabinetObligationFigures' });

export const obligationsSchema = obligationFiguresSchema
  .extend({
    warningThresholdPercent: z.number(),
    contractsInForce: z.number().int(),
    check: z
      .object({
        price: rublesSchema,
        fitsObligations: z.boolean(),
        fitsHarmLevel: z.boolean(),
        harmLevel: z.number().int().nullable(),
        maxContractPrice: rublesSchema.nullable(),
        verdict: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'CabinetObligations' });

export const obligationsQuerySchema = z.object({
  price: z.coerce
    .number({ error: 'Цена договора — число рублей' })
    .positive('Цена договора должна быть больше нуля')
    .max(1e13, 'Слишком большая цена договора')
    .optional(),
});
