import { Types } from 'mongoose';
import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { enqueueOutboxMessage } from '../notifications/outbox.repository.js';
import { DomainError } from '../shared/domain-error.js';
import { nextRegistrationNumber, REGISTRATION_PREFIXES } from '../shared/registration-number.js';
import { SRO_TIME_ZONE } from '../shared/sro-calendar.js';
import { acceptUpload, type IncomingFile } from '../uploads/accept-upload.js';
import { discardUploads, storeUploads } from '../uploads/store-uploads.js';
import type { Letter } from './letter.model.js';
import {
  insertLetters,
  recipientMemberIds,
  type NewLetter,
  type Recipients,
} from './letters-staff.repository.js';

export interface LetterDraft {
  subject: string;
  text: string;
  files: readonly IncomingFile[];
  appealId?: Types.ObjectId | null;
}

const sroYear = new Intl.DateTimeFormat('en-US', { timeZone: SRO_TIME_ZONE, year: 'numeric' });

/**
 * Sends the SRO's letter to each member: every letter gets its own registration number, a `letter.created` message
 * for the jobs (which push it to the member's representatives) and an audit entry. The files are stored once and
 * attached to every letter; if the letters cannot be written, the files are deleted again. Files of a type not
 * accepted are refused before anything is written.
 */
export async function sendLettersToMembers(
  memberIds: readonly Types.ObjectId[],
  draft: LetterDraft,
  staffId: string,
  context: AuditContext,
): Promise<Letter[]> {
  const attachments = await storeUploads(await Promise.all(draft.files.map(acceptUpload)));
  let letters: Letter[];
  try {
    const year = Number(sroYear.format(new Date()));
    const drafts: NewLetter[] = [];
    for (const memberId of memberIds) {
      drafts.push({
        memberId,
        direction: 'incoming',
        registrationNumber: await nextRegistrationNumber(REGISTRATION_PREFIXES.letterToMember, year),
        status: 'sent',
        subject: draft.subject,
        text: draft.text,
        expertId: new Types.ObjectId(staffId),
        appealId: draft.appealId ?? null,
        attachments,
      });
    }
    letters = await insertLetters(drafts);
  } catch (error) {
    await discardUploads(attachments);
    throw error;
  }
  // one after another: FerretDB writes one at a time, and parallel inserts only queue on its lock
  for (const letter of letters) await announceLetter(letter, context);
  return letters;
}

async function announceLetter(letter: Letter, context: AuditContext): Promise<void> {
  const letterId = String(letter._id);
  const memberId = String(letter.memberId);
  await enqueueOutboxMessage({
    kind: 'letter.created',
    payload: { letterId, memberId },
    idempotencyKey: `letter.created:${letterId}`,
  });
  await recordAudit(context, {
    action: 'letter.sent',
    target: { kind: 'letter', id: letterId, memberId },
    changes: {
      registrationNumber: letter.registrationNumber,
      appealId: letter.appealId && String(letter.appealId),
    },
  });
}

export interface SendLetterInput extends LetterDraft {
  recipients: Recipients;
  staffId: string;
}

/** A letter from the SRO to one member or many. */
export async function sendLetter(input: SendLetterInput, context: AuditContext): Promise<Letter[]> {
  const memberIds = await recipientMemberIds(input.recipients);
  if (!memberIds.length) {
    throw new DomainError('invalid', 'Получателей нет: в выбранной группе нет ни одного члена СРО.');
  }
  return sendLettersToMembers(memberIds, input, input.staffId, context);
}
