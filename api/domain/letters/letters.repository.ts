import type { FilterQuery, Types } from 'mongoose';
import type { Attachment } from '../shared/attachment.js';
import { skipFor, type Page, type PageRequest } from '../shared/page.js';
import { StaffUserModel } from '../staff/staff-user.model.js';
import { LetterModel, type Letter, type LetterDirection, type LetterStatus } from './letter.model.js';

type Id = Types.ObjectId | string;

export interface ExpertName {
  _id: Types.ObjectId;
  fullName: string;
}

/** A letter with its expert's name in place of the expert's id. */
export type LetterWithExpert = Omit<Letter, 'expertId'> & { expertId: ExpertName | null };

export interface LetterFilter {
  memberId?: Id;
  direction?: LetterDirection;
  status?: LetterStatus;
  /** Only letters from the SRO that the member has not opened yet. */
  unreadOnly?: boolean;
  createdFrom?: Date;
  createdTo?: Date;
}

/** `unread_first`: the member's unread letters, then the rest; newest first within each part. */
export type LetterOrder = 'newest' | 'unread_first';

/** A letter from the SRO that the member has not opened yet. */
const UNREAD: FilterQuery<Letter> = { direction: 'incoming', readAt: null };
const NOT_UNREAD: FilterQuery<Letter> = { $or: [{ direction: 'outgoing' }, { readAt: { $ne: null } }] };
const WITH_EXPERT = { path: 'expertId', select: { fullName: 1 }, model: StaffUserModel };

function toQuery(filter: LetterFilter): FilterQuery<Letter> {
  const query: FilterQuery<Letter> = {};
  if (filter.memberId) query.memberId = filter.memberId;
  if (filter.direction) query.direction = filter.direction;
  if (filter.status) query.status = filter.status;
  if (filter.createdFrom || filter.createdTo) {
    query.createdAt = {
      ...(filter.createdFrom ? { $gte: filter.createdFrom } : {}),
      ...(filter.createdTo ? { $lte: filter.createdTo } : {}),
    };
  }
  return filter.unreadOnly ? { $and: [query, UNREAD] } : query;
}

function findLetters(query: FilterQuery<Letter>, skip: number, limit: number) {
  if (limit <= 0) return Promise.resolve([]);
  return LetterModel.find(query)
    .select({ text: 0, deliveries: 0 })
    .sort({ createdAt: -1, _id: -1 })
    .skip(skip)
    .limit(limit)
    .populate(WITH_EXPERT)
    .lean<LetterWithExpert[]>();
}

/** A page of letters without their text; `unread_first` pages through the unread part, then through the rest. */
export async function listLetters(
  filter: LetterFilter,
  page: PageRequest,
  order: LetterOrder = 'newest',
): Promise<Page<LetterWithExpert>> {
  const query = toQuery(filter);
  const skip = skipFor(page);
  const paged = (items: LetterWithExpert[], total: number) => ({ items, total, ...page });
  if (order === 'newest' || filter.unreadOnly) {
    const [items, total] = await Promise.all([
      findLetters(query, skip, page.perPage),
      LetterModel.countDocuments(query),
    ]);
    return paged(items, total);
  }
  const unread = { $and: [query, UNREAD] };
  const rest = { $and: [query, NOT_UNREAD] };
  const [unreadTotal, restTotal] = await Promise.all([
    LetterModel.countDocuments(unread),
    LetterModel.countDocuments(rest),
  ]);
  const fromUnread = Math.min(page.perPage, Math.max(0, unreadTotal - skip));
  const [first, second] = await Promise.all([
    findLetters(unread, skip, fromUnread),
    findLetters(rest, Math.max(0, skip - unreadTotal), page.perPage - fromUnread),
  ]);
  return paged([...first, ...second], unreadTotal + restTotal);
}

/** A letter of this member with its text; null when there is none or it belongs to another member. */
export function findLetter(id: Id, memberId: Id): Promise<LetterWithExpert | null> {
  return LetterModel.findOne({ _id: id, memberId })
    .select({ deliveries: 0 })
    .populate(WITH_EXPERT)
    .lean<LetterWithExpert>();
}

export function countUnreadLetters(memberId: Id): Promise<number> {
  return LetterModel.countDocuments({ memberId, ...UNREAD });
}

/** Marks a letter from the SRO as read by the member at `at`, unless it already is. */
export async function markIncomingLetterRead(id: Id, memberId: Id, at: Date): Promise<void> {
  await LetterModel.updateOne({ _id: id, memberId, ...UNREAD }, { $set: { readAt: at, status: 'read' } });
}

/** The files attached to a letter of this member; null when there is no such letter of this member. */
export async function findLetterAttachments(id: Id, memberId: Id): Promise<Attachment[] | null> {
  const letter = await LetterModel.findOne({ _id: id, memberId })
    .select({ _id: 0, attachments: 1 })
    .lean<{ attachments: Attachment[] }>();
  return letter?.attachments ?? null;
}
