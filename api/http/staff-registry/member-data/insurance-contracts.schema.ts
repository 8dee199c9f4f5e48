import { z } from 'zod';
import { INSURANCE_KINDS } from '../../../domain/insurance/insurance-contract.model.js';
import { MEMBER_RECORD_KINDS } from '../../../domain/registry/member-record-kinds.js';
import { instant, rubles } from '../answers.js';
import { choice, date, money, patchOf, text } from '../fields.js';
import { MEMBER_DATA_TAG, recordAnswer } from './record-fields.js';

const insuranceShape = z.object({
  insurer: text(500),
  policyNumber: text(100),
  kind: choice(INSURANCE_KINDS),
  sumInsured: money,
  validFrom: date,
  validTo: date,
});

export const insuranceContracts = {
  path: 'insurance-contracts',
  kind: MEMBER_RECORD_KINDS.insuranceContracts,
  title: 'Договоры страхования',
  tag: MEMBER_DATA_TAG,
  createSchema: insuranceShape,
  updateSchema: patchOf(insuranceShape),
  responseSchema: recordAnswer(
    {
      insurer: z.string(),
      policyNumber: z.string(),
      kind: z.enum(INSURANCE_KINDS),
      sumInsured: rubles,
      validFrom: instant,
      validTo: instant,
    },
    'RegistryInsuranceContract',
    'Договор страхования члена СРО',
  ),
};
