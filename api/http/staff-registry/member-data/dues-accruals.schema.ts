import { z } from 'zod';
import { DUES_PERIOD } from '../../../domain/finance/dues-accrual.model.js';
import { MEMBER_RECORD_KINDS } from '../../../domain/registry/member-record-kinds.js';
import { instant, rubles } from '../answers.js';
import { date, money, patchOf, text } from '../fields.js';
import { MEMBER_DATA_TAG, recordAnswer } from './record-fields.js';

const accrualShape = z.object({
  period: text(7).regex(DUES_PERIOD, 'Период — месяц (2026-01) или квартал (2026-Q1)'),
  amount: money,
  dueDate: date,
});

export const duesAccruals = {
  path: 'dues-accruals',
  kind: MEMBER_RECORD_KINDS.duesAccruals,
  title: 'Начисления членских взносов',
  tag: MEMBER_DATA_TAG,
  createSchema: accrualShape,
  updateSchema: patchOf(accrualShape),
  responseSchema: recordAnswer(
    { period: z.string(), amount: rubles, dueDate: instant },
    'RegistryDuesAccrual',
    'Начисление членского взноса за месяц или квартал',
  ),
};
