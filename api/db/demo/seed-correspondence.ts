import { AppealModel } from '../../domain/appeals/appeal.model.js';
import { LetterModel, type LetterStatus } from '../../domain/letters/letter.model.js';
import type { StoredFile } from '../../domain/shared/file-storage.js';
import { DAY_MS } from './dates.js';
import { storeDemoFiles, type DemoFile } from './demo-files.js';
import type { LetterDraft } from './letter-draft.js';
import type { Random } from './random.js';
import { assignRegistrationNumbers } from './registration.js';
import { draftAppeals, type AppealDraft } from './seed-appeals.js';
import { draftLetters, type LetterFacts } from './seed-letters.js';
import type { DemoMember } from './seed-members.js';
import type { DemoRepresentative } from './seed-representatives.js';

/** Stores the files of each document; answers the stored files of each in the same order. */
async function storeFiles(groups: readonly (readonly DemoFile[])[]): Promise<StoredFile[][]> {
  const stored = await storeDemoFiles(groups.flat());
  let next = 0;
  return groups.map((files) => stored.slice(next, (next += files.length)));
}

/** A letter of the SRO is sent, then read; a member's one is registered, read by the expert, then often answered. */
function letterStatus(incoming: boolean, read: boolean, ageDays: number, random: Random): LetterStatus {
  if (incoming) return read ? 'read' : 'sent';
  if (!read) return 'registered';
  return ageDays > 20 && random.chance(0.6) ? 'answered' : 'read';
}

function letterDocument(
  draft: LetterDraft,
  attachments: StoredFile[],
  representatives: readonly DemoRepresentative[],
  now: Date,
  random: Random,
) {
  const { member, createdAt } = draft;
  const ageDays = (now.getTime() - createdAt.getTime()) / DAY_MS;
  const readers = representatives.filter(
    (r) => r.member === member && r.activatedAt && r.activatedAt < createdAt,
  );
  const blocked = member.status === 'excluded' && createdAt >= member.statusSince;
  const incoming = draft.direction === 'incoming';
  const read = incoming
    ? readers.length > 0 && !blocked && (ageDays > 14 || random.chance(0.5))
    : ageDays > 2;
  const readAt = read
    ? new Date(createdAt.getTime() + random.real(0.02, Math.min(ageDays, 5)) * DAY_MS)
    : null;
  return {
    _id: draft._id,
    memberId: member._id,
    direction: draft.direction,
    registrationNumber: draft.registrationNumber,
    status: letterStatus(incoming, read, ageDays, random),
    subject: draft.subject,
    text: draft.text,
    expertId: draft.expert._id,
    representativeId: draft.representative?._id ?? null,
    appealId: draft.appealId,
    attachments,
    readAt,
    deliveries: incoming
      ? readers.map((reader) => ({
          channel: 'email',
          representativeId: reader._id,
          at: new Date(createdAt.getTime() + 60_000),
        }))
      : [],
    createdAt,
    updatedAt: readAt ?? createdAt,
  };
}

function appealDocument(draft: AppealDraft, attachments: StoredFile[], signed: StoredFile | undefined) {
  const { story } = draft;
  const handled =
    draft.status === 'in_progress' || draft.status === 'answered' || draft.status === 'rejected';
  return {
    _id: draft._id,
    memberId: draft.member._id,
    representativeId: draft.representative._id,
    registrationNumber: draft.registrationNumber,
    ...story.appeal,
    text: story.text,
    attachments,
    signature: signed
      ? {
          documentFileId: signed.fileId,
          status: 'unverifiable',
          note: 'Демонстрационные данные: подпись не проверялась.',
        }
      : { status: 'missing' },
    status: draft.status,
    statusHistory: draft.history,
    assignedExpertId: handled ? draft.expert._id : null,
    answerLetterId: draft.answerLetterId,
    dueAt: draft.dueAt,
    createdAt: draft.createdAt,
    updatedAt: draft.history.at(-1)!.at,
  };
}

export interface CorrespondenceCounts {
  letters: number;
  appeals: number;
  files: number;
}

/** Letters both ways and appeals with their answers: numbered in the order of their dates, files in GridFS. */
export async function seedCorrespondence(
  members: readonly DemoMember[],
  representatives: readonly DemoRepresentative[],
  facts: LetterFacts,
  now: Date,
  random: Random,
): Promise<CorrespondenceCounts> {
  const { appeals, answers } = draftAppeals(members, representatives, facts, now, random);
  const letters = [...draftLetters(members, representatives, facts, now, random), ...answers];
  await assignRegistrationNumbers([...letters, ...appeals]);
  const letterFiles = await storeFiles(letters.map((letter) => letter.files));
  const appealFiles = await storeFiles(appeals.map((appeal) => appeal.story.files));
  const signedFiles = await storeFiles(
    appeals.map((appeal) => (appeal.signedDocument ? [appeal.signedDocument] : [])),
  );
  await LetterModel.insertMany(
    letters.map((letter, i) => letterDocument(letter, letterFiles[i]!, representatives, now, random)),
  );
  await AppealModel.insertMany(
    appeals.map((appeal, i) => appealDocument(appeal, appealFiles[i]!, signedFiles[i]![0])),
  );
  const files = [letterFiles, appealFiles, signedFiles].flat(2).length;
  return { letters: letters.length, appeals: appeals.length, files };
}
