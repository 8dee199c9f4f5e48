import type { z } from 'zod';
import { getCabinetSummary, type CabinetSummary } from '../../domain/cabinet/get-cabinet-summary.use-case.js';
import { MEMBER_STATUS_LABELS, WORK_RIGHT_STATUS_LABELS } from '../../domain/cabinet/labels.js';
import type { ApiRouter } from '../api-router.js';
import { CABINET_ROUTE } from './cabinet-route.js';
import { toEventBrief } from './events.router.js';
import { iso, isoOrNull } from '../shared/json.js';
import { toObligationFigures } from './standing.view.js';
import { summarySchema } from './summary.schema.js';

const toSummary = (summary: CabinetSummary): z.infer<typeof summarySchema> => {
  const { member, dues } = summary;
  const workRight = member.workRight ?? { status: 'active' as const, since: null };
  return {
    company: {
      shortName: member.shortName,
      registryNumber: member.registryNumber,
      status: member.status,
      statusLabel: MEMBER_STATUS_LABELS[member.status],
      statusSince: iso(member.statusSince),
    },
    workRight: {
      status: workRight.status,
      statusLabel: WORK_RIGHT_STATUS_LABELS[workRight.status],
      since: isoOrNull(workRight.since),
    },
    letters: { unread: summary.unreadLetters },
    dues: {
      debt: dues.debt,
      overdueAmount: dues.overdueAmount,
      daysOverdue: dues.daysOverdue,
      oldestUnpaidDueDate: isoOrNull(dues.oldestUnpaidDueDate),
    },
    obligations: toObligationFigures(summary.obligations, member.levels?.odo ?? null),
    nextEvent: summary.nextEvent ? toEventBrief(summary.nextEvent) : null,
    appeals: { open: summary.openAppeals },
    insurance: { expiringSoon: summary.insuranceExpiringSoon },
    reports: { dueSoon: summary.reportsDueSoon, overdue: summary.reportsOverdue },
  };
};

export function registerSummaryRoutes(api: ApiRouter): void {
  api.add(
    {
      ...CABINET_ROUTE,
      method: 'get',
      path: '/cabinet/summary',
      summary: 'Главный экран кабинета одним запросом: статус, письма, долги, обязательства, ближайшие сроки',
      responses: { 200: { description: 'Сводка по организации', schema: summarySchema } },
    },
    async ({ auth, res }) => {
      res.json(toSummary(await getCabinetSummary(auth.memberId)));
    },
  );
}
