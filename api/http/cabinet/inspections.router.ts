import type { z } from 'zod';
import { getMemberInspection } from '../../domain/cabinet/get-inspection.use-case.js';
import { INSPECTION_KIND_LABELS, INSPECTION_STATUS_LABELS } from '../../domain/cabinet/labels.js';
import { listMemberInspections } from '../../domain/cabinet/list-inspections.use-case.js';
import type { Inspection } from '../../domain/inspections/inspection.model.js';
import type { ApiRouter } from '../api-router.js';
import { idParamsSchema } from '../params.js';
import { CABINET_ROUTE, NOT_FOUND_RESPONSE } from './cabinet-route.js';
import {
  inspectionPageSchema,
  inspectionSchema,
  inspectionsQuerySchema,
  type inspectionBriefSchema,
} from './inspections.schema.js';
import { idOf, iso, isoOrNull, mapPage } from '../shared/json.js';

const toInspectionBrief = (inspection: Inspection): z.infer<typeof inspectionBriefSchema> => ({
  id: idOf(inspection._id),
  kind: inspection.kind,
  kindLabel: INSPECTION_KIND_LABELS[inspection.kind],
  subject: inspection.subject,
  periodFrom: iso(inspection.periodFrom),
  periodTo: iso(inspection.periodTo),
  status: inspection.status,
  statusLabel: INSPECTION_STATUS_LABELS[inspection.status],
  result: inspection.result ?? null,
  actNumber: inspection.actNumber ?? null,
  violationsFound: inspection.violations.length,
  violationsOpen: inspection.violations.filter((violation) => !violation.fixedAt).length,
});

const toInspection = (inspection: Inspection): z.infer<typeof inspectionSchema> => ({
  ...toInspectionBrief(inspection),
  violations: inspection.violations.map((violation) => ({
    description: violation.description,
    fixedAt: isoOrNull(violation.fixedAt),
  })),
  measures: inspection.measures,
});

export function registerInspectionsRoutes(api: ApiRouter): void {
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/inspections',
      summary: 'Проверки организации, проводимые СРО',
      query: inspectionsQuerySchema,
      responses: { 200: { description: 'Проверки, последние первыми', schema: inspectionPageSchema } },
    },
    async ({ auth, query, res }) => {
      const { status, page, perPage } = query;
      res.json(
        mapPage(await listMemberInspections(auth.memberId, status, { page, perPage }), toInspectionBrief),
      );
    },
  );
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/inspections/:id',
      summary: 'Проверка: предмет, период, результат, нарушения и меры',
      params: idParamsSchema,
      responses: {
        200: { description: 'Проверка', schema: inspectionSchema },
        404: NOT_FOUND_RESPONSE,
      },
    },
    async ({ auth, params, res }) => {
      res.json(toInspection(await getMemberInspection(auth.memberId, params.id)));
    },
  );
}
