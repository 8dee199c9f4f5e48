import { enqueueOutboxMessage } from '../notifications/outbox.repository.js';
import { isDuplicateKeyError } from '../shared/mongo-errors.js';
import { nextRegistrationNumber, REGISTRATION_PREFIXES } from '../shared/registration-number.js';
import { SRO_TIME_ZONE } from '../shared/sro-calendar.js';
import type { StoredFile } from '../shared/file-storage.js';
import { acceptUpload, type IncomingFile } from '../uploads/accept-upload.js';
import { discardUploads, storeUploads } from '../uploads/store-uploads.js';
import { appealDueAt } from './appeal-deadline.js';
import { checkAppealReferences } from './appeal-references.js';
import type { AppealDetails } from './appeal-details.schema.js';
import type { Appeal } from './appeal.model.js';
import { findAppealByIdempotencyKey, insertAppeal, type NewAppeal } from './appeals.repository.js';
import { withExpertNames, type MemberAppeal } from './member-appeal.js';
import {
  acceptSignedDocument,
  type AcceptedSignedDocument,
  type SignedDocumentUpload,
} from './signed-document.js';

export interface FileAppealInput {
  memberId: string;
  representativeId: string;
  appeal: AppealDetails;
  text: string;
  files: IncomingFile[];
  signed: SignedDocumentUpload;
  /** Sent by the client so that a repeated request files nothing new. */
  idempotencyKey?: string;
}

/** The appeal, and whether this request filed it or repeated an earlier one. */
export interface FiledAppeal {
  appeal: MemberAppeal;
  created: boolean;
}

const yearFormat = new Intl.DateTimeFormat('en', { timeZone: SRO_TIME_ZONE, year: 'numeric' });
/** Registers are numbered per year of the SRO's calendar: an appeal filed on 1 January 00:30 in Moscow is next year's. */
const sroYear = (now: Date) => Number(yearFormat.format(now));

/** Leaves the work for the jobs: tell the SRO's staff and confirm to the member. Idempotent per appeal. */
async function announce(appeal: Appeal): Promise<void> {
  await enqueueOutboxMessage({
    kind: 'appeal.submitted',
    payload: { appealId: String(appeal._id), memberId: String(appeal.memberId) },
    idempotencyKey: `appeal.submitted:${String(appeal._id)}`,
  });
}

/** An earlier appeal answered again; announcing it again heals a first request that failed before announcing. */
async function repeat(appeal: Appeal): Promise<FiledAppeal> {
  await announce(appeal);
  const [named] = await withExpertNames([appeal]);
  return { appeal: named!, created: false };
}

async function newAppeal(
  input: FileAppealInput,
  stored: StoredFile[],
  signed: AcceptedSignedDocument | null,
  now: Date,
): Promise<NewAppeal> {
  const [documentFile, signatureFile] = signed ? stored.slice(-2) : [];
  return {
    memberId: input.memberId,
    representativeId: input.representativeId,
    registrationNumber: await nextRegistrationNumber(REGISTRATION_PREFIXES.appeal, sroYear(now)),
    ...input.appeal,
    text: input.text,
    attachments: stored.slice(0, input.files.length),
    signature: signed
      ? { ...signed.check, documentFileId: documentFile!.fileId, signatureFileId: signatureFile!.fileId }
      : { status: 'missing', documentFileId: null, signatureFileId: null, signer: {}, note: null },
    status: 'submitted',
    statusHistory: [{ status: 'submitted', at: now, byStaffId: null, comment: null }],
    dueAt: appealDueAt(now, input.appeal.category),
    ...(input.idempotencyKey && { idempotencyKey: input.idempotencyKey }),
  };
}

/**
 * Files a member's appeal (regulation §3.1 «Отправить обращение», §3.2): checks that what it cites is the member's
 * own, checks the files and the signature, stores the files, numbers the appeal and leaves `appeal.submitted` for the
 * jobs. Refused or failed filings leave no files; a repeat with the same idempotency key returns the appeal filed first.
 */
export async function fileAppeal(input: FileAppealInput, now = new Date()): Promise<FiledAppeal> {
  const { representativeId, idempotencyKey } = input;
  // A repeat usually comes after the first request has finished: answer it before storing anything. Concurrent
  // repeats pass here together and are told apart by the unique (representativeId, idempotencyKey) index below.
  const earlier = idempotencyKey && (await findAppealByIdempotencyKey(representativeId, idempotencyKey));
  if (earlier) return repeat(earlier);

  await checkAppealReferences(input.appeal, input.memberId);
  const attachments = await Promise.all(input.files.map(acceptUpload));
  const signed = await acceptSignedDocument(input.appeal, input.signed, input.memberId);
  const stored = await storeUploads([...attachments, ...(signed ? [signed.document, signed.signature] : [])]);
  let appeal: Appeal;
  try {
    appeal = await insertAppeal(await newAppeal(input, stored, signed, now));
  } catch (error) {
    await discardUploads(stored);
    const raced = isDuplicateKeyError(error) && idempotencyKey;
    const winner = raced ? await findAppealByIdempotencyKey(representativeId, idempotencyKey) : null;
    if (winner) return repeat(winner);
    throw error;
  }
  await announce(appeal);
  return { appeal: { ...appeal, expertName: null }, created: true };
}
