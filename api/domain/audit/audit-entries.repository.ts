import type { Types } from 'mongoose';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import { AuditEntryModel, type AuditEntry } from './audit-entry.model.js';

export interface AuditFilter {
  actorId?: Types.ObjectId | string;
  memberId?: Types.ObjectId | string;
  action?: string;
  from?: Date;
  to?: Date;
}

function auditQuery({ actorId, memberId, action, from, to }: AuditFilter) {
  return {
    ...(actorId ? { 'actor.id': actorId } : {}),
    ...(memberId ? { 'target.memberId': memberId } : {}),
    ...(action ? { action } : {}),
    ...(from || to ? { at: { ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) } } : {}),
  };
}

/** The audit log, newest first. */
export function findAuditPage(filter: AuditFilter, pageRequest: PageRequest): Promise<Page<AuditEntry>> {
  return findPage(
    AuditEntryModel,
    { filter: auditQuery(filter), sort: { at: -1, _id: -1 } },
    pageRequest,
  ) as Promise<Page<AuditEntry>>;
}
