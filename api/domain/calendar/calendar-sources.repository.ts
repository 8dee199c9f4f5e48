import type { Types } from 'mongoose';
import { AppealModel, type Appeal } from '../appeals/appeal.model.js';
import { CLOSED_APPEAL_STATUSES } from '../appeals/appeal-status.js';
import { EventModel, type SroEvent } from '../events/event.model.js';
import { DuesAccrualModel, type DuesAccrual } from '../finance/dues-accrual.model.js';
import { InsuranceContractModel, type InsuranceContract } from '../insurance/insurance-contract.model.js';
import { ReportModel, type Report } from '../reports/report.model.js';
import { OUTSTANDING_REPORT_STATUSES } from '../reports/reports.repository.js';

type Id = Types.ObjectId;

/** A calendar app keeps what it was given; a feed of a few hundred entries per kind is plenty. */
const MAX_PER_KIND = 500;

/** Events for every member and those the member is invited to, not over before `from` (the `endsAt` index). */
export function findMemberEventsFrom(memberId: Id, from: Date) {
  return EventModel.find({
    $or: [{ audience: { $size: 0 } }, { audience: memberId }],
    endsAt: { $gte: from },
  })
    .sort({ startsAt: 1 })
    .limit(MAX_PER_KIND)
    .lean<SroEvent[]>();
}

/** Reports the member still owes (the `memberId, kind, period` index). */
export function findOutstandingReports(memberId: Id) {
  return ReportModel.find({ memberId, status: { $in: OUTSTANDING_REPORT_STATUSES } })
    .select({ kind: 1, period: 1, dueAt: 1 })
    .limit(MAX_PER_KIND)
    .lean<Pick<Report, '_id' | 'kind' | 'period' | 'dueAt'>[]>();
}

/** Insurance contracts ending from `from` on (the `memberId, validTo` index). */
export function findInsuranceEndingFrom(memberId: Id, from: Date) {
  return InsuranceContractModel.find({ memberId, validTo: { $gte: from } })
    .select({ insurer: 1, policyNumber: 1, validTo: 1 })
    .limit(MAX_PER_KIND)
    .lean<Pick<InsuranceContract, '_id' | 'insurer' | 'policyNumber' | 'validTo'>[]>();
}

/** Dues accruals due from `from` on (the `memberId, dueDate` index). */
export function findDuesAccrualsFrom(memberId: Id, from: Date) {
  return DuesAccrualModel.find({ memberId, dueDate: { $gte: from } })
    .select({ period: 1, amount: 1, dueDate: 1 })
    .limit(MAX_PER_KIND)
    .lean<Pick<DuesAccrual, '_id' | 'period' | 'amount' | 'dueDate'>[]>();
}

/** The member's appeals still awaiting the SRO's answer (the `memberId, createdAt` index). */
export function findOpenAppeals(memberId: Id) {
  return AppealModel.find({ memberId, status: { $nin: CLOSED_APPEAL_STATUSES } })
    .select({ registrationNumber: 1, dueAt: 1 })
    .limit(MAX_PER_KIND)
    .lean<Pick<Appeal, '_id' | 'registrationNumber' | 'dueAt'>[]>();
}
