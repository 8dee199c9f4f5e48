import { z } from 'zod';
import { MEMBER_RECORD_KINDS } from '../../../domain/registry/member-record-kinds.js';
import { instant, rubles } from '../answers.js';
import { date, money, optionalText, patchOf } from '../fields.js';
import { MEMBER_DATA_TAG, recordAnswer } from './record-fields.js';

const paymentShape = z.object({ amount: money, paidAt: date, document: optionalText(300) });

export const duesPayments = {
  path: 'dues-payments',
  kind: MEMBER_RECORD_KINDS.duesPayments,
  title: 'Оплаты членских взносов',
  tag: MEMBER_DATA_TAG,
  createSchema: paymentShape,
  updateSchema: patchOf(paymentShape),
  responseSchema: recordAnswer(
    { amount: rubles, paidAt: instant, document: z.string().nullable() },
    'RegistryDuesPayment',
    'Оплата членских взносов',
  ),
};
