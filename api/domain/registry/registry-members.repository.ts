import { Types } from 'mongoose';
import {
  CURRENT_MEMBER_STATUSES,
  MemberModel,
  type Member,
  type MemberKind,
  type MemberStatus,
} from '../members/member.model.js';
import type { WorkRightStatus } from '../members/work-right.js';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import { guardWrite, saveChanges } from './document-changes.js';
import { containing } from './text-search.js';

type Id = Types.ObjectId | string;

export interface MemberListFilter {
  status?: MemberStatus;
  kind?: MemberKind;
  /** A part of the name, or an exact INN or registry number. */
  q?: string;
  /** The member's responsibility level in the КФ ВВ or the КФ ОДО. */
  vvLevel?: number;
  odoLevel?: number;
  /** Only members whose dues are overdue (true) or only the others (false). */
  hasDuesDebt?: boolean;
}

/** The filter with the members whose dues are overdue, which the repository cannot tell by itself. */
export type MemberQuery = MemberListFilter & { debtorIds?: readonly string[] };

export type MemberSortField = 'shortName' | 'registryNumber' | 'admissionDate';

export interface MemberListSort {
  field: MemberSortField;
  order: 'asc' | 'desc';
}

function memberQuery({ status, kind, q, vvLevel, odoLevel, hasDuesDebt, debtorIds = [] }: MemberQuery) {
  const query: Record<string, unknown> = {};
  if (status) query.status = status;
  if (kind) query.kind = kind;
  if (vvLevel !== undefined) query['levels.vv'] = vvLevel;
  if (odoLevel !== undefined) query['levels.odo'] = odoLevel;
  if (hasDuesDebt !== undefined) {
    query._id = { [hasDuesDebt ? '$in' : '$nin']: debtorIds.map((id) => new Types.ObjectId(id)) };
  }
  if (q) {
    const namePart = containing(q);
    query.$or = [{ shortName: namePart }, { fullName: namePart }, { inn: q }, { registryNumber: q }];
  }
  return query;
}

export function findMemberPage(
  filter: MemberQuery,
  sort: MemberListSort,
  pageRequest: PageRequest,
): Promise<Page<Member>> {
  const direction = sort.order === 'asc' ? 1 : -1;
  return findPage(
    MemberModel,
    { filter: memberQuery(filter), sort: { [sort.field]: direction, _id: direction } },
    pageRequest,
  );
}

/** The ids of the members the registry's search finds for `text` (a part of the name, an INN, a registry number). */
export async function findMemberIdsMatching(text: string): Promise<Types.ObjectId[]> {
  const members = await MemberModel.find(memberQuery({ q: text }))
    .select({ _id: 1 })
    .lean<{ _id: Types.ObjectId }[]>();
  return members.map(({ _id }) => _id);
}

export type MemberBrief = Pick<Member, '_id' | 'shortName' | 'inn' | 'levels'>;

/** The members still in the SRO, with their names and levels (the `status, shortName` index). */
export function findCurrentMemberBriefs(): Promise<MemberBrief[]> {
  return MemberModel.find({ status: { $in: CURRENT_MEMBER_STATUSES } })
    .select({ shortName: 1, inn: 1, levels: 1 })
    .lean<MemberBrief[]>();
}

export function findMemberById(id: Id): Promise<Member | null> {
  return MemberModel.findById(id).lean<Member>();
}

export async function memberExists(id: Id): Promise<boolean> {
  return (await MemberModel.exists({ _id: id })) !== null;
}

/** The ids among `ids` that belong to no member. */
export async function unknownMemberIds(ids: readonly string[]): Promise<string[]> {
  const found = await MemberModel.find({ _id: { $in: ids } })
    .select({ _id: 1 })
    .lean<{ _id: Types.ObjectId }[]>();
  const known = new Set(found.map(({ _id }) => String(_id)));
  return ids.filter((id) => !known.has(id));
}

/** Which unique field of another member already holds this value: `inn` or `registryNumber`. */
export async function conflictingMemberField(
  candidate: { inn?: string; registryNumber?: string },
  exceptId?: Id,
): Promise<'inn' | 'registryNumber' | null> {
  const others = exceptId ? { _id: { $ne: exceptId } } : {};
  if (candidate.inn && (await MemberModel.exists({ ...others, inn: candidate.inn }))) return 'inn';
  if (
    candidate.registryNumber &&
    (await MemberModel.exists({ ...others, registryNumber: candidate.registryNumber }))
  )
    return 'registryNumber';
  return null;
}

export function insertMember(data: Record<string, unknown>, conflictMessage: string): Promise<Member> {
  return guardWrite(async () => (await MemberModel.create(data)).toObject() as Member, conflictMessage);
}

/** Changes a member's fields; null when there is no such member. */
export async function applyMemberChanges(
  id: Id,
  patch: Record<string, unknown>,
  conflictMessage?: string,
): Promise<{ member: Member; fields: string[] } | null> {
  const document = await MemberModel.findById(id);
  if (!document) return null;
  const fields = await guardWrite(() => saveChanges(document, patch), conflictMessage);
  return { member: document.toObject() as Member, fields };
}

export interface StatusChange {
  status: MemberStatus;
  since: Date;
  reason: string | null;
}

/** Sets the member's status and the state of its right to work, and adds the change to the status history. */
export function appendMemberStatus(
  id: Id,
  change: StatusChange,
  workRightStatus: WorkRightStatus,
): Promise<Member | null> {
  return MemberModel.findByIdAndUpdate(
    id,
    {
      $set: {
        status: change.status,
        statusSince: change.since,
        excludedAt: change.status === 'excluded' ? change.since : null,
        'workRight.status': workRightStatus,
        'workRight.since': change.since,
      },
      $push: { statusHistory: change },
    },
    { new: true, runValidators: true },
  ).lean<Member>();
}
