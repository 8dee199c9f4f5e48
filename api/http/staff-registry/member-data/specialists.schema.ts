import { z } from 'zod';
import { MEMBER_RECORD_KINDS } from '../../../domain/registry/member-record-kinds.js';
import { instant } from '../answers.js';
import { date, optionalText, patchOf, text } from '../fields.js';
import { MEMBER_DATA_TAG, recordAnswer } from './record-fields.js';

const specialistShape = z.object({
  fullName: text(300),
  nrsNumber: text(50),
  position: optionalText(300),
  includedAt: date.nullable().optional(),
});

export const specialists = {
  path: 'specialists',
  kind: MEMBER_RECORD_KINDS.specialists,
  title: 'Специалисты в НРС',
  tag: MEMBER_DATA_TAG,
  createSchema: specialistShape,
  updateSchema: patchOf(specialistShape),
  responseSchema: recordAnswer(
    {
      fullName: z.string(),
      nrsNumber: z.string(),
      position: z.string().nullable(),
      includedAt: instant.nullable(),
    },
    'RegistrySpecialist',
    'Специалист члена СРО в национальном реестре специалистов (НРС)',
  ),
};
