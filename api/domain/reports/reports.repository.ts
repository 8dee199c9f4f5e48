import type { Types } from 'mongoose';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import { ReportModel, type Report, type ReportStatus } from './report.model.js';

type Id = Types.ObjectId | string;

/** Reports the member still owes: not yet submitted, or rejected and to be submitted again. */
export const OUTSTANDING_REPORT_STATUSES: readonly ReportStatus[] = ['expected', 'rejected'];

export interface ReportFilter {
  memberId: Id;
  status?: ReportStatus;
}

/** A member's reports, the latest deadline first. */
export function listReports(filter: ReportFilter, page: PageRequest): Promise<Page<Report>> {
  return findPage(
    ReportModel,
    {
      filter: { memberId: filter.memberId, ...(filter.status ? { status: filter.status } : {}) },
      sort: { dueAt: -1, _id: -1 },
    },
    page,
  );
}

/** The deadlines of the reports a member still owes that fall on or before `dueBy`. */
export function listOutstandingReportDeadlines(memberId: Id, dueBy: Date): Promise<{ dueAt: Date }[]> {
  return ReportModel.find({ memberId, status: { $in: OUTSTANDING_REPORT_STATUSES }, dueAt: { $lte: dueBy } })
    .select({ _id: 0, dueAt: 1 })
    .lean<{ dueAt: Date }[]>();
}
