import { Types } from 'mongoose';
import { memberSummariesByIds, type MemberSummary } from '../appeals/appeals-inbox.repository.js';
import { CURRENT_MEMBER_STATUSES, MemberModel, type MemberStatus } from '../members/member.model.js';
import type { Fund } from '../levels/fund.js';
import type { Attachment } from '../shared/attachment.js';
import { DomainError } from '../shared/domain-error.js';
import { openFile } from '../shared/file-storage.js';
import type { Page, PageRequest } from '../shared/page.js';
import { StaffUserModel } from '../staff/staff-user.model.js';
import { LetterModel, type Letter } from './letter.model.js';
import { listLetters, type LetterFilter, type LetterWithExpert } from './letters.repository.js';

/**
 * Who a letter or a notification goes to: named members, members in a status, current members at a responsibility
 * level of a fund, or every current member.
 */
export type Recipients =
  | { memberIds: string[] }
  | { memberStatus: MemberStatus }
  | { memberLevel: { fund: Fund; level: number } }
  | { all: true };

/** The ids of the recipient members; named members must all exist. */
export async function recipientMemberIds(recipients: Recipients): Promise<Types.ObjectId[]> {
  if ('memberIds' in recipients) {
    const wanted = [...new Set(recipients.memberIds)];
    const found = await MemberModel.find({ _id: { $in: wanted.map((id) => new Types.ObjectId(id)) } })
      .select({ _id: 1 })
      .lean<{ _id: Types.ObjectId }[]>();
    const unknown = wanted.filter((id) => !found.some((member) => String(member._id) === id));
    if (unknown.length) {
      throw new DomainError('invalid', 'Некоторые получатели не найдены в реестре членов СРО.', {
        unknownMemberIds: unknown,
      });
    }
    return wanted.map((id) => new Types.ObjectId(id));
  }
  const statuses = 'memberStatus' in recipients ? [recipients.memberStatus] : CURRENT_MEMBER_STATUSES;
  const atLevel =
    'memberLevel' in recipients
      ? { [`levels.${recipients.memberLevel.fund}`]: recipients.memberLevel.level }
      : {};
  // the registry index by status (and name) serves this query
  const members = await MemberModel.find({ status: { $in: statuses }, ...atLevel })
    .sort({ shortName: 1 })
    .select({ _id: 1 })
    .lean<{ _id: Types.ObjectId }[]>();
  return members.map((member) => member._id);
}

export interface StaffLetter {
  letter: LetterWithExpert;
  member: MemberSummary | null;
}

/** A page of every member's correspondence, latest first, each letter with its member. */
export async function listLettersForStaff(
  filter: LetterFilter,
  page: PageRequest,
): Promise<Page<StaffLetter>> {
  const letters = await listLetters(filter, page);
  const members = await memberSummariesByIds(letters.items.map((letter) => letter.memberId));
  return {
    ...letters,
    items: letters.items.map((letter) => ({ letter, member: members.get(String(letter.memberId)) ?? null })),
  };
}

/** Any member's letter with its text, the expert's name and the member; null when there is none. */
export async function findLetterForStaff(id: string): Promise<StaffLetter | null> {
  const letter = await LetterModel.findById(id)
    .select({ deliveries: 0 })
    .populate({ path: 'expertId', select: { fullName: 1 }, model: StaffUserModel })
    .lean<LetterWithExpert>();
  if (!letter) return null;
  const members = await memberSummariesByIds([letter.memberId]);
  return { letter, member: members.get(String(letter.memberId)) ?? null };
}

/** Where a push or an e-mail about the letter went, as the letter records it; null when there is no such letter. */
export function findLetterDeliveryRecord(id: string) {
  return LetterModel.findById(id)
    .select({ memberId: 1, deliveries: 1 })
    .lean<Pick<Letter, '_id' | 'memberId' | 'deliveries'>>();
}

/** A file attached to any member's letter, under the name and type it was attached with; null when there is none. */
export async function openLetterFileForStaff(letterId: string, fileId: string) {
  const letter = await LetterModel.findById(letterId)
    .select({ memberId: 1, attachments: 1 })
    .lean<Pick<Letter, 'memberId' | 'attachments'>>();
  const attachment = letter?.attachments.find(
    (candidate) => String(candidate.fileId) === fileId.toLowerCase(),
  );
  const file = attachment ? await openFile(attachment.fileId) : null;
  if (!letter || !attachment || !file) return null;
  return {
    file: { ...file, filename: attachment.filename, contentType: attachment.contentType },
    memberId: letter.memberId,
  };
}

export type NewLetter = Pick<
  Letter,
  'memberId' | 'direction' | 'registrationNumber' | 'status' | 'subject' | 'text' | 'expertId' | 'appealId'
> & { attachments: Attachment[] };

export async function insertLetters(letters: NewLetter[]): Promise<Letter[]> {
  const created = await LetterModel.insertMany(letters);
  return created.map((letter) => letter.toObject<Letter>());
}
