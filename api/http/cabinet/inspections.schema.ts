import { z } from 'zod';
import { INSPECTION_KINDS, INSPECTION_STATUSES } from '../../domain/inspections/inspection.model.js';
import { pageOf, pageQuerySchema } from '../pagination.js';
import { dateTimeSchema, idSchema } from '../shared/json.js';

export const inspectionBriefSchema = z
  .object({
    id: idSchema,
    kind: z.enum(INSPECTION_KINDS),
    kindLabel: z.string(),
    subject: z.string(),
    periodFrom: dateTimeSchema,
    periodTo: dateTimeSchema,
    status: z.enum(INSPECTION_STATUSES),
    statusLabel: z.string(),
    result: z.string().nullable(),
    actNumber: z.string().nullable(),
    violationsFound: z.number().int(),
    violationsOpen: z.number().int().meta({ description: 'Нарушения, ещё не устранённые' }),
  })
  .meta({ id: 'CabinetInspectionBrief' });

export const inspectionSchema = inspectionBriefSchema
  .extend({
    violations: z.array(z.object({ description: z.string(), fixedAt: dateTimeSchema.nullable() })),
    measures: z.array(z.string()),
  })
  .meta({ id: 'CabinetInspection' });

export const inspectionPageSchema = pageOf(inspectionBriefSchema).meta({ id: 'CabinetInspectionPage' });

export const inspectionsQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(INSPECTION_STATUSES, { error: 'Статус проверки: scheduled, in_progress, completed или cancelled' })
    .optional(),
});
