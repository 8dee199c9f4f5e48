import { z } from 'zod';
import { FUNDS } from '../../domain/levels/fund.js';
import { id, rubles, timestamps } from './answers.js';
import { money, patchOf, text } from './fields.js';

export const updateLevelSchema = patchOf(
  z.object({
    title: text(100),
    contribution: money,
    maxContractPrice: money.nullable().meta({ description: 'Только для КФ ВВ; null — без ограничения' }),
    maxTotalObligations: money.nullable().meta({ description: 'Только для КФ ОДО; null — без ограничения' }),
  }),
);

export const levelSchema = z
  .object({
    id,
    fund: z.enum(FUNDS),
    level: z.number().int(),
    title: z.string(),
    maxContractPrice: rubles.nullable().optional(),
    maxTotalObligations: rubles.nullable().optional(),
    contribution: rubles,
    needsReview: z
      .boolean()
      .meta({ description: 'Значение по умолчанию, ещё не сверенное с действующей редакцией ГрК РФ' }),
    ...timestamps,
  })
  .meta({
    id: 'RegistryResponsibilityLevel',
    description:
      'Строка таблицы уровней ответственности (ст. 55.16 ГрК РФ): предел обязательств и взнос в фонд',
  });
