import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { claimFirstReading } from '../letters/letter-reads.repository.js';
import { findLetter, markIncomingLetterRead, type LetterWithExpert } from '../letters/letters.repository.js';
import { found } from './found.js';

export interface LetterReading {
  memberId: string;
  representativeId: string;
  letterId: string;
  audit: AuditContext;
}

const LETTER_NOT_FOUND = 'Письмо не найдено.';

/**
 * A letter of the member with its text. The first opening of a letter from the SRO marks it read and is written to
 * the audit log once; later openings change nothing.
 */
export async function readLetter(reading: LetterReading, now = new Date()): Promise<LetterWithExpert> {
  const letter = found(await findLetter(reading.letterId, reading.memberId), LETTER_NOT_FOUND);
  if (letter.direction !== 'incoming' || letter.readAt) return letter;
  const first = await claimFirstReading(
    letter,
    { kind: 'representative', id: reading.representativeId },
    now,
  );
  // also when another request opened it first: it may have stopped between its claim and this update
  await markIncomingLetterRead(letter._id, letter.memberId, first.at);
  if (first.first) {
    await recordAudit(reading.audit, {
      action: 'letter.read',
      target: { kind: 'letter', id: letter._id, memberId: letter.memberId },
    });
  }
  return { ...letter, readAt: first.at, status: 'read' };
}
