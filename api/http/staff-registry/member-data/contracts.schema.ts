import { z } from 'zod';
import { CONTRACT_STATUSES, PROCUREMENT_KINDS } from '../../../domain/contracts/contract.model.js';
import { innSchema } from '../../../domain/members/tax-ids.js';
import { MEMBER_RECORD_KINDS } from '../../../domain/registry/member-record-kinds.js';
import { instant, rubles } from '../answers.js';
import { choice, date, group, money, patchOf, text } from '../fields.js';
import { MEMBER_DATA_TAG, recordAnswer } from './record-fields.js';

const customer = group({ name: text(1000), inn: innSchema.nullable().optional() });

const contractShape = z.object({
  number: text(100),
  date,
  customer,
  subject: text(2000),
  procurement: choice(PROCUREMENT_KINDS),
  price: money,
  status: choice(CONTRACT_STATUSES).optional(),
  completedAt: date.nullable().optional(),
  actualCompletedAmount: money.nullable().optional(),
});

export const contracts = {
  path: 'contracts',
  kind: MEMBER_RECORD_KINDS.contracts,
  title: 'Журнал договоров ОДО',
  tag: MEMBER_DATA_TAG,
  createSchema: contractShape,
  updateSchema: patchOf(contractShape.extend({ customer: customer.partial() })),
  responseSchema: recordAnswer(
    {
      number: z.string(),
      date: instant,
      customer: z.object({ name: z.string(), inn: z.string().nullable() }),
      subject: z.string(),
      procurement: z.enum(PROCUREMENT_KINDS),
      price: rubles,
      status: z.enum(CONTRACT_STATUSES),
      completedAt: instant.nullable(),
      actualCompletedAmount: rubles.nullable(),
    },
    'RegistryContract',
    'Договор, заключённый с использованием конкурентных способов (учитывается в обязательствах КФ ОДО)',
  ),
};
