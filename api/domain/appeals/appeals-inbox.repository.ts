import { Types, type FilterQuery } from 'mongoose';
import { LetterModel } from '../letters/letter.model.js';
import { MemberModel, type Member } from '../members/member.model.js';
import { RepresentativeModel } from '../representatives/representative.model.js';
import { openFile } from '../shared/file-storage.js';
import { isDuplicateKeyError } from '../shared/mongo-errors.js';
import { findPage } from '../shared/find-page.js';
import type { Page, PageRequest } from '../shared/page.js';
import { StaffUserModel } from '../staff/staff-user.model.js';
import { APPEAL_STATUSES, AppealModel, type Appeal } from './appeal.model.js';
import { isAppealOpen } from './appeal-status.js';
import type { OpenAppealBrief } from './appeal-workload.js';
import { appealFileIds } from './member-appeal.js';

export type AppealSort = 'createdAt' | '-createdAt' | 'dueAt' | '-dueAt';

export type MemberSummary = Pick<
  Member,
  '_id' | 'shortName' | 'fullName' | 'inn' | 'ogrn' | 'registryNumber' | 'status'
>;
export type StaffName = { _id: Types.ObjectId; fullName: string; active: boolean };

const asObjectId = (id: Types.ObjectId | string) => new Types.ObjectId(String(id));

export function findAppeal(id: Types.ObjectId | string): Promise<Appeal | null> {
  return AppealModel.findById(id).lean<Appeal>();
}

/** A page of the inbox, in the order asked for. */
export function listAppeals(
  filter: FilterQuery<Appeal>,
  sort: AppealSort,
  page: PageRequest,
): Promise<Page<Appeal>> {
  const direction = sort.startsWith('-') ? -1 : 1;
  return findPage(
    AppealModel,
    {
      filter,
      sort: { [sort.replace('-', '')]: direction, _id: direction },
      select: { details: 0, text: 0, statusHistory: 0 },
    },
    page,
  );
}

/** Every open appeal with only what its workload is counted from (the `status, …` index). */
export function findOpenAppeals(): Promise<OpenAppealBrief[]> {
  return AppealModel.find({ status: { $in: APPEAL_STATUSES.filter(isAppealOpen) } })
    .select({ _id: 0, status: 1, dueAt: 1, assignedExpertId: 1 })
    .lean<OpenAppealBrief[]>();
}

/** The members of a page, fetched in one query (FerretDB has no $lookup), by id. */
export async function memberSummariesByIds(ids: (Types.ObjectId | string)[]) {
  const unique = [...new Set(ids.map(String))];
  const members = unique.length
    ? await MemberModel.find({ _id: { $in: unique.map(asObjectId) } })
        .select({ shortName: 1, fullName: 1, inn: 1, ogrn: 1, registryNumber: 1, status: 1 })
        .lean<MemberSummary[]>()
    : [];
  return new Map(members.map((member) => [String(member._id), member]));
}

/** Staff names for a page, by id; inactive accounts are kept, since history still names them. */
export async function staffNamesByIds(ids: (Types.ObjectId | string | null | undefined)[]) {
  const present = [...new Set(ids.filter((id) => id != null).map(String))];
  const staff = present.length
    ? await StaffUserModel.find({ _id: { $in: present.map(asObjectId) } })
        .select({ fullName: 1, active: 1 })
        .lean<StaffName[]>()
    : [];
  return new Map(staff.map((person) => [String(person._id), person]));
}

export function findActiveStaff(id: Types.ObjectId | string): Promise<StaffName | null> {
  return StaffUserModel.findOne({ _id: asObjectId(id), active: true })
    .select({ fullName: 1, active: 1 })
    .lean<StaffName>();
}

export interface AppealCard {
  appeal: Appeal;
  member: MemberSummary | null;
  representative: { _id: Types.ObjectId; fullName: string } | null;
  /** The assigned expert and the authors of the status history, by id. */
  staff: Map<string, StaffName>;
  answerLetter: { _id: Types.ObjectId; registrationNumber: string } | null;
}

/** An appeal with what staff need beside it: the member, who filed it, who handled it and the answer's number. */
export async function findAppealCard(id: string): Promise<AppealCard | null> {
  const appeal = await findAppeal(id);
  if (!appeal) return null;
  const [members, representative, staff, answerLetter] = await Promise.all([
    memberSummariesByIds([appeal.memberId]),
    RepresentativeModel.findById(appeal.representativeId)
      .select({ fullName: 1 })
      .lean<{ _id: Types.ObjectId; fullName: string }>(),
    staffNamesByIds([appeal.assignedExpertId, ...appeal.statusHistory.map((entry) => entry.byStaffId)]),
    appeal.answerLetterId
      ? LetterModel.findById(appeal.answerLetterId)
          .select({ registrationNumber: 1 })
          .lean<{ _id: Types.ObjectId; registrationNumber: string }>()
      : null,
  ]);
  return {
    appeal,
    member: members.get(String(appeal.memberId)) ?? null,
    representative,
    staff,
    answerLetter,
  };
}

/** A file of the appeal (an attachment, the signed document or its signature); null when the appeal has no such file. */
export async function openAppealFile(appealId: string, fileId: string) {
  const appeal = await AppealModel.findById(appealId)
    .select({ memberId: 1, attachments: 1, signature: 1 })
    .lean<Pick<Appeal, 'memberId' | 'attachments' | 'signature'>>();
  const file = appeal && appealFileIds(appeal).includes(fileId.toLowerCase()) ? await openFile(fileId) : null;
  return file && { file, memberId: appeal!.memberId };
}

/**
 * Claims the right to write history entry `historyIndex` of an appeal. The claim is a unique insert, which MongoDB and
 * FerretDB both decide atomically, unlike a conditional update; false when someone else holds it.
 */
export async function claimHistoryEntry(appealId: Types.ObjectId, historyIndex: number): Promise<boolean> {
  try {
    await historyClaims().insertOne({ _id: `${String(appealId)}:${historyIndex}`, at: new Date() });
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/** Gives up a claim whose change could not be written, so that the appeal can be changed again. */
export async function releaseHistoryEntry(appealId: Types.ObjectId, historyIndex: number): Promise<void> {
  await historyClaims().deleteOne({ _id: `${String(appealId)}:${historyIndex}` });
}

export interface HistoryEntry {
  status: Appeal['status'];
  at: Date;
  byStaffId: Types.ObjectId;
  comment: string | null;
}

/** Writes a claimed history entry with the status it sets, and the fields that change with it. */
export async function appendHistoryEntry(
  { _id, memberId }: Pick<Appeal, '_id' | 'memberId'>,
  entry: HistoryEntry,
  fields: { assignedExpertId?: Types.ObjectId; answerLetterId?: Types.ObjectId },
): Promise<Appeal> {
  const appeal = await AppealModel.findOneAndUpdate(
    { _id, memberId },
    { $set: { status: entry.status, ...fields }, $push: { statusHistory: entry } },
    { new: true, runValidators: false },
  ).lean<Appeal>();
  if (!appeal) throw new Error(`appeal ${String(_id)} vanished while being changed`);
  return appeal;
}

function historyClaims() {
  return AppealModel.db.collection<{ _id: string; at: Date }>('appeal_history_claims');
}
