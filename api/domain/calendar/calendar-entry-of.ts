import type { Types } from 'mongoose';
import { INSPECTION_KIND_LABELS, INSPECTION_STATUS_LABELS, REPORT_KIND_LABELS } from '../cabinet/labels.js';
import type { Appeal } from '../appeals/appeal.model.js';
import type { SroEvent } from '../events/event.model.js';
import type { DuesAccrual } from '../finance/dues-accrual.model.js';
import type { Inspection } from '../inspections/inspection.model.js';
import type { InsuranceContract } from '../insurance/insurance-contract.model.js';
import type { Report } from '../reports/report.model.js';
import { formatRub } from '../shared/money.js';
import {
  entryUid,
  onSroDay,
  overSroDays,
  type CalendarEntry,
  type CalendarEntryKind,
} from './calendar-entry.js';
import { DEADLINE_REMINDERS, EVENT_REMINDERS, INSURANCE_REMINDERS } from './calendar-reminders.js';
import { duesPeriodText } from './dues-period-text.js';
import { eventSummary } from './event-summary.js';

type Id = Types.ObjectId;
type Stamped = { _id: Id; createdAt: Date; updatedAt: Date };

/** The entry fields every kind fills the same way. */
const base = (kind: CalendarEntryKind, item: Stamped, memberId: Id) => ({
  uid: entryUid(kind, item._id, memberId),
  description: null,
  location: null,
  url: null,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

/** A seminar, meeting or assembly at its time, with the place and the video-conference link. */
export const eventEntry = (event: SroEvent, memberId: Id): CalendarEntry => ({
  ...base('event', event, memberId),
  summary: eventSummary(event.kind, event.title),
  description:
    [event.description, event.videoUrl && `Видеосвязь: ${event.videoUrl}`].filter(Boolean).join('\n\n') ||
    null,
  location: event.location ?? null,
  url: event.videoUrl ?? null,
  time: { allDay: false, start: event.startsAt, end: event.endsAt },
  reminders: EVENT_REMINDERS,
});

type InspectionDates = Pick<Inspection, 'kind' | 'subject' | 'periodFrom' | 'periodTo' | 'status'>;

/** An inspection over the days of its period. */
export const inspectionEntry = (inspection: Stamped & InspectionDates, memberId: Id): CalendarEntry => ({
  ...base('inspection', inspection, memberId),
  summary: `${INSPECTION_KIND_LABELS[inspection.kind]} проверка СРО: ${inspection.subject}`,
  description: `Статус: ${INSPECTION_STATUS_LABELS[inspection.status].toLowerCase()}`,
  time: overSroDays(inspection.periodFrom, inspection.periodTo),
  reminders: DEADLINE_REMINDERS,
});

export const reportEntry = (
  report: Stamped & Pick<Report, 'kind' | 'period' | 'dueAt'>,
  memberId: Id,
): CalendarEntry => ({
  ...base('report', report, memberId),
  summary: `Срок сдачи: ${REPORT_KIND_LABELS[report.kind]} за ${report.period} год`,
  time: onSroDay(report.dueAt),
  reminders: DEADLINE_REMINDERS,
});

export const insuranceEntry = (
  policy: Stamped & Pick<InsuranceContract, 'insurer' | 'policyNumber' | 'validTo'>,
  memberId: Id,
): CalendarEntry => ({
  ...base('insurance', policy, memberId),
  summary: `Окончание договора страхования № ${policy.policyNumber} (${policy.insurer})`,
  time: onSroDay(policy.validTo),
  reminders: INSURANCE_REMINDERS,
});

export const duesEntry = (
  accrual: Stamped & Pick<DuesAccrual, 'period' | 'amount' | 'dueDate'>,
  memberId: Id,
): CalendarEntry => ({
  ...base('dues', accrual, memberId),
  summary: `Срок оплаты членского взноса за ${duesPeriodText(accrual.period)}: ${formatRub(accrual.amount)}`,
  time: onSroDay(accrual.dueDate),
  reminders: DEADLINE_REMINDERS,
});

/** The SRO's own deadline to answer: the member is told, not reminded. */
export const appealEntry = (
  appeal: Stamped & Pick<Appeal, 'registrationNumber' | 'dueAt'>,
  memberId: Id,
): CalendarEntry => ({
  ...base('appeal', appeal, memberId),
  summary: `Срок ответа СРО на обращение № ${appeal.registrationNumber}`,
  time: onSroDay(appeal.dueAt),
  reminders: [],
});
