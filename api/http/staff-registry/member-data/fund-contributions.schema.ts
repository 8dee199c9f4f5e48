import { z } from 'zod';
import { FUNDS } from '../../../domain/levels/fund.js';
import { MEMBER_RECORD_KINDS } from '../../../domain/registry/member-record-kinds.js';
import { instant, rubles } from '../answers.js';
import { choice, date, money, optionalText, patchOf } from '../fields.js';
import { MEMBER_DATA_TAG, recordAnswer } from './record-fields.js';

const contributionShape = z.object({
  fund: choice(FUNDS),
  amount: money,
  paidAt: date,
  purpose: optionalText(500),
  document: optionalText(300),
});

export const fundContributions = {
  path: 'fund-contributions',
  kind: MEMBER_RECORD_KINDS.fundContributions,
  title: 'Взносы в компенсационные фонды',
  tag: MEMBER_DATA_TAG,
  createSchema: contributionShape,
  updateSchema: patchOf(contributionShape),
  responseSchema: recordAnswer(
    {
      fund: z.enum(FUNDS),
      amount: rubles,
      paidAt: instant,
      purpose: z.string().nullable(),
      document: z.string().nullable(),
    },
    'RegistryFundContribution',
    'Взнос члена СРО в компенсационный фонд (КФ ВВ или КФ ОДО)',
  ),
};
