import { z } from 'zod';
import { INSPECTION_KINDS, INSPECTION_STATUSES } from '../../../domain/inspections/inspection.model.js';
import { MEMBER_RECORD_KINDS } from '../../../domain/registry/member-record-kinds.js';
import { instant } from '../answers.js';
import { choice, date, group, listOf, optionalText, patchOf, text } from '../fields.js';
import { MEMBER_DATA_TAG, recordAnswer } from './record-fields.js';

const inspectionShape = z.object({
  kind: choice(INSPECTION_KINDS),
  subject: text(1000),
  periodFrom: date,
  periodTo: date,
  status: choice(INSPECTION_STATUSES).optional(),
  result: optionalText(5000),
  violations: listOf(group({ description: text(2000), fixedAt: date.nullable().optional() })).optional(),
  measures: listOf(text(2000)).optional(),
  actNumber: optionalText(100),
});

export const inspections = {
  path: 'inspections',
  kind: MEMBER_RECORD_KINDS.inspections,
  title: 'Проверки',
  tag: MEMBER_DATA_TAG,
  createSchema: inspectionShape,
  updateSchema: patchOf(inspectionShape),
  responseSchema: recordAnswer(
    {
      kind: z.enum(INSPECTION_KINDS),
      subject: z.string(),
      periodFrom: instant,
      periodTo: instant,
      status: z.enum(INSPECTION_STATUSES),
      result: z.string().nullable(),
      violations: z.array(z.object({ description: z.string(), fixedAt: instant.nullable() })),
      measures: z.array(z.string()),
      actNumber: z.string().nullable(),
    },
    'RegistryInspection',
    'Проверка члена СРО',
  ),
};
