import type { z } from 'zod';
import { REPORT_KIND_LABELS, REPORT_STATUS_LABELS } from '../../domain/cabinet/labels.js';
import { listMemberReports, type ReportState } from '../../domain/cabinet/list-reports.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { CABINET_ROUTE } from './cabinet-route.js';
import { idOf, iso, isoOrNull, mapPage } from '../shared/json.js';
import { reportPageSchema, reportsQuerySchema, type reportSchema } from './reports.schema.js';

const toReport = (report: ReportState): z.infer<typeof reportSchema> => ({
  id: idOf(report._id),
  kind: report.kind,
  kindLabel: REPORT_KIND_LABELS[report.kind],
  period: report.period,
  dueAt: iso(report.dueAt),
  submittedAt: isoOrNull(report.submittedAt),
  status: report.status,
  statusLabel: REPORT_STATUS_LABELS[report.status],
  daysLeft: report.daysLeft,
  overdue: report.overdue,
  dueSoon: report.dueSoon,
  comment: report.comment ?? null,
  files: report.files.map(({ filename, contentType, size }) => ({ filename, contentType, size })),
});

export function registerReportsRoutes(api: ApiRouter): void {
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/reports',
      summary: 'Отчёты и уведомления о совокупных обязательствах: статус и сроки сдачи',
      query: reportsQuerySchema,
      responses: { 200: { description: 'Отчёты, поздний срок первым', schema: reportPageSchema } },
    },
    async ({ auth, query, res }) => {
      const { status, page, perPage } = query;
      res.json(mapPage(await listMemberReports(auth.memberId, status, { page, perPage }), toReport));
    },
  );
}
