import type { Types } from 'mongoose';
import {
  appealEntry,
  duesEntry,
  eventEntry,
  inspectionEntry,
  insuranceEntry,
  reportEntry,
} from './calendar-entry-of.js';
import type { CalendarEntry } from './calendar-entry.js';
import {
  findDuesAccrualsFrom,
  findInspectionsFrom,
  findInsuranceEndingFrom,
  findMemberEventsFrom,
  findOpenAppeals,
  findOutstandingReports,
} from './calendar-sources.repository.js';

const DAY_MS = 86_400_000;
/** How far back the feed reaches, so that recent entries do not vanish from calendars at once. */
const HISTORY_DAYS = 90;

/**
 * Everything dated that concerns a member: events, inspections, report deadlines, insurance expiries, dues and appeal
 * due dates — of this member only — in a fixed order, so that the same data give the same feed.
 */
export async function listCalendarEntries(memberId: Types.ObjectId, now: Date): Promise<CalendarEntry[]> {
  const from = new Date(now.getTime() - HISTORY_DAYS * DAY_MS);
  const [events, inspections, reports, policies, accruals, appeals] = await Promise.all([
    findMemberEventsFrom(memberId, from),
    findInspectionsFrom(memberId, from),
    findOutstandingReports(memberId),
    findInsuranceEndingFrom(memberId, from),
    findDuesAccrualsFrom(memberId, from),
    findOpenAppeals(memberId),
  ]);
  return [
    ...events.map((event) => eventEntry(event, memberId)),
    ...inspections.map((inspection) => inspectionEntry(inspection, memberId)),
    ...reports.map((report) => reportEntry(report, memberId)),
    ...policies.map((policy) => insuranceEntry(policy, memberId)),
    ...accruals.map((accrual) => duesEntry(accrual, memberId)),
    ...appeals.map((appeal) => appealEntry(appeal, memberId)),
  ];
}
