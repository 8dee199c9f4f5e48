import type { Report, ReportStatus } from '../reports/report.model.js';
import { listReports, OUTSTANDING_REPORT_STATUSES } from '../reports/reports.repository.js';
import type { Page, PageRequest } from '../shared/page.js';
import { deadlineOf } from './deadline.js';

export interface ReportState extends Report {
  /** SRO calendar days left until the deadline; null once the report no longer waits for the member. */
  daysLeft: number | null;
  overdue: boolean;
  dueSoon: boolean;
}

/** The member's reports, the latest deadline first; deadlines count only for reports the member still owes. */
export async function listMemberReports(
  memberId: string,
  status: ReportStatus | undefined,
  page: PageRequest,
  now = new Date(),
): Promise<Page<ReportState>> {
  const reports = await listReports({ memberId, status }, page);
  return {
    ...reports,
    items: reports.items.map((report) => {
      if (!OUTSTANDING_REPORT_STATUSES.includes(report.status)) {
        return { ...report, daysLeft: null, overdue: false, dueSoon: false };
      }
      const { daysLeft, passed, soon } = deadlineOf(report.dueAt, now);
      return { ...report, daysLeft, overdue: passed, dueSoon: soon };
    }),
  };
}
