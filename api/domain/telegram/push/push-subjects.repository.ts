import type { Types } from 'mongoose';
import { EventModel, type SroEvent } from '../../events/event.model.js';
import { InsuranceContractModel, type InsuranceContract } from '../../insurance/insurance-contract.model.js';
import { NotificationModel, type Notification } from '../../notifications/notification.model.js';
import { ReportModel, type Report } from '../../reports/report.model.js';

type Id = Types.ObjectId | string;

/** What the pushes announce, read by id with the fields a short message needs. */
export function findNotificationBrief(id: Id) {
  return NotificationModel.findById(id)
    .select({ memberId: 1, kind: 1, title: 1, text: 1 })
    .lean<Pick<Notification, '_id' | 'memberId' | 'kind' | 'title' | 'text'>>();
}

export function findEventBrief(id: Id) {
  return EventModel.findById(id)
    .select({ title: 1, kind: 1, startsAt: 1, location: 1, videoUrl: 1 })
    .lean<Pick<SroEvent, '_id' | 'title' | 'kind' | 'startsAt' | 'location' | 'videoUrl'>>();
}

export function findInsuranceBrief(id: Id) {
  return InsuranceContractModel.findById(id)
    .select({ insurer: 1, policyNumber: 1, validTo: 1 })
    .lean<Pick<InsuranceContract, '_id' | 'insurer' | 'policyNumber' | 'validTo'>>();
}

export function findReportBrief(id: Id) {
  return ReportModel.findById(id)
    .select({ kind: 1, period: 1, dueAt: 1, status: 1 })
    .lean<Pick<Report, '_id' | 'kind' | 'period' | 'dueAt' | 'status'>>();
}
