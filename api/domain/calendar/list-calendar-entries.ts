import type { Types } from 'mongoose';
import { EVENT_KIND_LABELS, REPORT_KIND_LABELS } from '../cabinet/labels.js';
import { formatRub } from '../shared/money.js';
import { onSroDay, type CalendarEntry } from './calendar-entry.js';
import {
  findDuesAccrualsFrom,
  findInsuranceEndingFrom,
  findMemberEventsFrom,
  findOpenAppeals,
  findOutstandingReports,
} from './calendar-sources.repository.js';
import { duesPeriodText } from './dues-period-text.js';

const DAY_MS = 86_400_000;
/** How far back the feed reaches, so that recent entries do not vanish from calendars at once. */
const HISTORY_DAYS = 90;

const deadline = (uid: string, summary: string, day: Date): CalendarEntry => ({
  uid,
  summary,
  description: null,
  location: null,
  url: null,
  time: onSroDay(day),
});

/** Everything dated that concerns a member: events, report deadlines, insurance expiries, dues and appeal due dates. */
export async function listCalendarEntries(memberId: Types.ObjectId, now: Date): Promise<CalendarEntry[]> {
  const from = new Date(now.getTime() - HISTORY_DAYS * DAY_MS);
  const [events, reports, policies, accruals, appeals] = await Promise.all([
    findMemberEventsFrom(memberId, from),
    findOutstandingReports(memberId),
    findInsuranceEndingFrom(memberId, from),
    findDuesAccrualsFrom(memberId, from),
    findOpenAppeals(memberId),
  ]);
  return [
    ...events.map((event) => ({
      uid: `event-${String(event._id)}`,
      summary: `${EVENT_KIND_LABELS[event.kind]}: ${event.title}`,
      description:
        [event.description, event.videoUrl && `Видеосвязь: ${event.videoUrl}`].filter(Boolean).join('\n\n') ||
        null,
      location: event.location ?? null,
      url: event.videoUrl ?? null,
      time: { allDay: false as const, start: event.startsAt, end: event.endsAt },
    })),
    ...reports.map((report) =>
      deadline(
        `report-${String(report._id)}`,
        `Срок сдачи: ${REPORT_KIND_LABELS[report.kind]} за ${report.period} год`,
        report.dueAt,
      ),
    ),
    ...policies.map((policy) =>
      deadline(
        `insurance-${String(policy._id)}`,
        `Окончание договора страхования № ${policy.policyNumber} (${policy.insurer})`,
        policy.validTo,
      ),
    ),
    ...accruals.map((accrual) =>
      deadline(
        `dues-${String(accrual._id)}`,
        `Срок оплаты членского взноса за ${duesPeriodText(accrual.period)}: ${formatRub(accrual.amount)}`,
        accrual.dueDate,
      ),
    ),
    ...appeals.map((appeal) =>
      deadline(
        `appeal-${String(appeal._id)}`,
        `Срок ответа СРО на обращение № ${appeal.registrationNumber}`,
        appeal.dueAt,
      ),
    ),
  ];
}
