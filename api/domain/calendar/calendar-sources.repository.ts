import type { Types } from 'mongoose';
import { AppealModel, type Appeal } from '../appeals/appeal.model.js';
import { CLOSED_APPEAL_STATUSES } from '../appeals/appeal-status.js';
import { EventModel, type SroEvent } from '../events/event.model.js';
import { DuesAccrualModel, type DuesAccrual } from '../finance/dues-accrual.model.js';
import { InspectionModel, type Inspection } from '../inspections/inspection.model.js';
import { InsuranceContractModel, type InsuranceContract } from '../insurance/insurance-contract.model.js';
import { ReportModel, type Report } from '../reports/report.model.js';
import { OUTSTANDING_REPORT_STATUSES } from '../reports/reports.repository.js';

type Id = Types.ObjectId;
type Stamped = '_id' | 'createdAt' | 'updatedAt';

/** A calendar app keeps what it was given; a feed of a few hundred entries per kind is plenty. */
const MAX_PER_KIND = 500;
const STAMPS = { createdAt: 1, updatedAt: 1 } as const;

/** Events for every member and those the member is invited to. */
const invited = (memberId: Id) => ({ $or: [{ audience: { $size: 0 } }, { audience: memberId }] });

/** Events the member is invited to, not over before `from` (the `endsAt` index), in order of their start. */
export function findMemberEventsFrom(memberId: Id, from: Date) {
  return EventModel.find({ ...invited(memberId), endsAt: { $gte: from } })
    .sort({ startsAt: 1, _id: 1 })
    .limit(MAX_PER_KIND)
    .lean<SroEvent[]>();
}

/** One event, if the member is invited to it; null for a missing event and for another member's. */
export function findMemberEvent(memberId: Id, eventId: Id | string) {
  return EventModel.findOne({ _id: eventId, ...invited(memberId) }).lean<SroEvent>();
}

/** The member's inspections not over before `from` and not cancelled (the `memberId, periodFrom` index). */
export function findInspectionsFrom(memberId: Id, from: Date) {
  return InspectionModel.find({ memberId, periodTo: { $gte: from }, status: { $ne: 'cancelled' } })
    .select({ kind: 1, subject: 1, periodFrom: 1, periodTo: 1, status: 1, ...STAMPS })
    .sort({ periodFrom: 1, _id: 1 })
    .limit(MAX_PER_KIND)
    .lean<Pick<Inspection, Stamped | 'kind' | 'subject' | 'periodFrom' | 'periodTo' | 'status'>[]>();
}

/** Reports the member still owes (the `memberId, kind, period` index). */
export function findOutstandingReports(memberId: Id) {
  return ReportModel.find({ memberId, status: { $in: OUTSTANDING_REPORT_STATUSES } })
    .select({ kind: 1, period: 1, dueAt: 1, ...STAMPS })
    .sort({ dueAt: 1, _id: 1 })
    .limit(MAX_PER_KIND)
    .lean<Pick<Report, Stamped | 'kind' | 'period' | 'dueAt'>[]>();
}

/** Insurance contracts ending from `from` on (the `memberId, validTo` index). */
export function findInsuranceEndingFrom(memberId: Id, from: Date) {
  return InsuranceContractModel.find({ memberId, validTo: { $gte: from } })
    .select({ insurer: 1, policyNumber: 1, validTo: 1, ...STAMPS })
    .sort({ validTo: 1, _id: 1 })
    .limit(MAX_PER_KIND)
    .lean<Pick<InsuranceContract, Stamped | 'insurer' | 'policyNumber' | 'validTo'>[]>();
}

/** Dues accruals due from `from` on (the `memberId, dueDate` index). */
export function findDuesAccrualsFrom(memberId: Id, from: Date) {
  return DuesAccrualModel.find({ memberId, dueDate: { $gte: from } })
    .select({ period: 1, amount: 1, dueDate: 1, ...STAMPS })
    .sort({ dueDate: 1, _id: 1 })
    .limit(MAX_PER_KIND)
    .lean<Pick<DuesAccrual, Stamped | 'period' | 'amount' | 'dueDate'>[]>();
}

/** The member's appeals still awaiting the SRO's answer (the `memberId, createdAt` index). */
export function findOpenAppeals(memberId: Id) {
  return AppealModel.find({ memberId, status: { $nin: CLOSED_APPEAL_STATUSES } })
    .select({ registrationNumber: 1, dueAt: 1, ...STAMPS })
    .sort({ dueAt: 1, _id: 1 })
    .limit(MAX_PER_KIND)
    .lean<Pick<Appeal, Stamped | 'registrationNumber' | 'dueAt'>[]>();
}
