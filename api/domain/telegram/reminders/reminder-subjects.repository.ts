import type { Types } from 'mongoose';
import { EventModel, type SroEvent } from '../../events/event.model.js';
import { InsuranceContractModel, type InsuranceContract } from '../../insurance/insurance-contract.model.js';
import { ReportModel, type Report } from '../../reports/report.model.js';
import { OUTSTANDING_REPORT_STATUSES } from '../../reports/reports.repository.js';

type Id = Types.ObjectId | string;

/** Events starting within the period (the `startsAt` index). */
export function findEventsStarting(from: Date, to: Date) {
  return EventModel.find({ startsAt: { $gt: from, $lte: to } })
    .select({ startsAt: 1, audience: 1 })
    .lean<Pick<SroEvent, '_id' | 'startsAt' | 'audience'>[]>();
}

/** The members' insurance contracts in force from a date on, later ones included (the `memberId, validTo` index). */
export function findInsuranceInForce(memberIds: Id[], from: Date) {
  return InsuranceContractModel.find({ memberId: { $in: memberIds }, validTo: { $gte: from } })
    .select({ memberId: 1, kind: 1, validTo: 1, policyNumber: 1 })
    .lean<Pick<InsuranceContract, '_id' | 'memberId' | 'kind' | 'validTo' | 'policyNumber'>[]>();
}

/** Reports still owed that are due within the period (the `status, dueAt` index). */
export function findOutstandingReportsDue(memberIds: Id[], from: Date, to: Date) {
  return ReportModel.find({
    status: { $in: OUTSTANDING_REPORT_STATUSES },
    dueAt: { $gte: from, $lte: to },
    memberId: { $in: memberIds },
  })
    .select({ memberId: 1, dueAt: 1 })
    .lean<Pick<Report, '_id' | 'memberId' | 'dueAt'>[]>();
}
