import { Types, type FilterQuery } from 'mongoose';
import { cachedRead } from '../../db/read-cache.js';
import { MemberModel } from '../members/member.model.js';
import { findMemberIdsMatching } from '../registry/registry-members.repository.js';
import { containing } from '../registry/text-search.js';
import type { Page, PageRequest } from '../shared/page.js';
import type { AppealCategory } from './appeal-category.js';
import { APPEAL_STATUSES, AppealModel, type Appeal, type AppealStatus } from './appeal.model.js';
import { isAppealOpen, isAppealOverdue } from './appeal-status.js';
import {
  listAppeals,
  memberSummariesByIds,
  staffNamesByIds,
  type AppealSort,
  type MemberSummary,
  type StaffName,
} from './appeals-inbox.repository.js';

export interface AppealsInboxQuery extends PageRequest {
  statuses?: AppealStatus[];
  category?: AppealCategory;
  memberId?: string;
  assignedExpertId?: string;
  /** Only open appeals whose due date has passed. */
  overdue?: boolean;
  /** Filed within [`from`, `to`], both included. */
  from?: Date;
  to?: Date;
  /** A part of the registration number, in any case. */
  number?: string;
  /** A part of the member's name, or its exact INN or registry number, as the registry's search takes it. */
  member?: string;
  sort: AppealSort;
}

export interface InboxAppeal {
  appeal: Appeal;
  member: MemberSummary | null;
  expert: StaffName | null;
  overdue: boolean;
}

/** The member named by id, the members the text search found, or those of both. */
function memberCondition(memberId: string | undefined, found: Types.ObjectId[] | null) {
  if (!found) return memberId ? new Types.ObjectId(memberId) : undefined;
  return { $in: memberId ? found.filter((id) => id.equals(memberId)) : found };
}

function inboxFilter(
  query: AppealsInboxQuery,
  now: Date,
  found: Types.ObjectId[] | null,
): FilterQuery<Appeal> {
  const filter: FilterQuery<Appeal> = {};
  const statuses = query.overdue ? (query.statuses ?? APPEAL_STATUSES).filter(isAppealOpen) : query.statuses;
  if (statuses) filter.status = { $in: statuses };
  if (query.overdue) filter.dueAt = { $lt: now };
  if (query.category) filter.category = query.category;
  const memberIds = memberCondition(query.memberId, found);
  if (memberIds) filter.memberId = memberIds;
  if (query.assignedExpertId) filter.assignedExpertId = new Types.ObjectId(query.assignedExpertId);
  if (query.from || query.to) {
    filter.createdAt = { ...(query.from && { $gte: query.from }), ...(query.to && { $lte: query.to }) };
  }
  if (query.number) filter.registrationNumber = containing(query.number);
  return filter;
}

type CachedInboxPage = { items: Omit<InboxAppeal, 'overdue'>[]; total: number };

/** An inbox page stays cached until an appeal or a member is written, or for the cache's time limit at most. */
const INBOX_CACHE_MS = 30_000;

async function findInboxPage(query: AppealsInboxQuery, now: Date): Promise<CachedInboxPage> {
  const found = query.member ? await findMemberIdsMatching(query.member) : null;
  const { items, total } = await listAppeals(inboxFilter(query, now, found), query.sort, query);
  const [members, experts] = await Promise.all([
    memberSummariesByIds(items.map((appeal) => appeal.memberId)),
    staffNamesByIds(items.map((appeal) => appeal.assignedExpertId)),
  ]);
  return {
    items: items.map((appeal) => ({
      appeal,
      member: members.get(String(appeal.memberId)) ?? null,
      expert: experts.get(String(appeal.assignedExpertId)) ?? null,
    })),
    total,
  };
}

/**
 * The staff inbox: a filtered, sorted page of appeals with their members and experts. A member named by text is found
 * in the registry first (FerretDB has no $lookup), and the appeals are filtered by the ids found. Pages are served from
 * the read cache, since every expert opens the same first page many times a day; whether a row is overdue is decided
 * at each read, and the «overdue» filter may lag the clock by the cache's time limit.
 */
export async function listAppealsInbox(
  query: AppealsInboxQuery,
  now = new Date(),
): Promise<Page<InboxAppeal>> {
  const found = await cachedRead(
    `staff-inbox:${JSON.stringify(query)}`,
    { collections: [AppealModel.collection.collectionName, MemberModel.collection.collectionName] },
    INBOX_CACHE_MS,
    () => findInboxPage(query, now),
  );
  return {
    items: found.items.map((row) => ({ ...row, overdue: isAppealOverdue(row.appeal, now) })),
    total: found.total,
    page: query.page,
    perPage: query.perPage,
  };
}
