import type { z } from 'zod';
import type { AlertSummary } from '../../domain/dashboard/member-alert.js';
import {
  getStaffDashboard,
  type StaffDashboard,
} from '../../domain/dashboard/get-staff-dashboard.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { auditContext } from '../audit-context.js';
import { iso } from '../shared/json.js';
import { staffRef } from '../staff-appeals/staff-appeal.view.js';
import { dashboardSchema } from './dashboard.schema.js';

const alertsView = ({ count, members }: AlertSummary) => ({
  count,
  members: members.map(({ member, detail }) => ({
    id: String(member._id),
    shortName: member.shortName,
    inn: member.inn,
    detail,
  })),
});

const dashboardView = (dashboard: StaffDashboard): z.input<typeof dashboardSchema> => ({
  appeals: {
    ...dashboard.appeals,
    byExpert: dashboard.appeals.byExpert.map(({ expert, ...load }) => ({
      expert: staffRef(expert),
      ...load,
    })),
  },
  duesDebtors: alertsView(dashboard.duesDebtors),
  odoAboveWarning: alertsView(dashboard.odoAboveWarning),
  insuranceExpiring: alertsView(dashboard.insuranceExpiring),
  failedDeliveries: dashboard.failedDeliveries,
  generatedAt: iso(dashboard.generatedAt),
});

/** The staff app's start page: what needs attention today. */
export function registerStaffDashboardRoutes(api: ApiRouter): void {
  api.add(
    {
      method: 'get',
      path: '/staff/dashboard',
      summary: 'Сводка: обращения по экспертам, должники по взносам, ОДО у предела, страховки, сбои доставки',
      tags: ['Сводка (сотрудники)'],
      auth: 'staff',
      responses: { 200: { description: 'Сводка на сейчас', schema: dashboardSchema } },
    },
    async ({ req, res }) => {
      res.json(dashboardView(await getStaffDashboard(auditContext(req))));
    },
  );
}
