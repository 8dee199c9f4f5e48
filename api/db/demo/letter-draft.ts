import type { Types } from 'mongoose';
import type { LetterDirection } from '../../domain/letters/letter.model.js';
import { REGISTRATION_PREFIXES } from '../../domain/shared/registration-number.js';
import type { DemoFile } from './demo-files.js';
import type { Numbered } from './registration.js';
import type { DemoMember } from './seed-members.js';
import type { DemoRepresentative } from './seed-representatives.js';
import { DEMO_EXPERTS, type DemoStaff } from './seed-staff.js';

/** A letter before its number, status and stored attachments are settled. */
export interface LetterDraft extends Numbered {
  _id: Types.ObjectId;
  member: DemoMember;
  direction: LetterDirection;
  subject: string;
  text: string;
  expert: DemoStaff;
  /** Who sent a member's letter. */
  representative: DemoRepresentative | null;
  appealId: Types.ObjectId | null;
  files: DemoFile[];
}

/** The expert who looks after the member (by the last digit of its INN, so that it stays the same). */
export function expertOf(member: DemoMember): DemoStaff {
  return DEMO_EXPERTS[Number(member.inn.slice(-1)) % DEMO_EXPERTS.length]!;
}

/** A representative who had access at `date`, to have sent a letter or an appeal then; null when there was none. */
export function senderAt(
  representatives: readonly DemoRepresentative[],
  date: Date,
): DemoRepresentative | null {
  const activated = representatives.filter(
    (representative) => representative.activatedAt && representative.activatedAt < date,
  );
  return activated.find((representative) => representative.status === 'active') ?? activated[0] ?? null;
}

export function letterPrefix(direction: LetterDirection): string {
  return direction === 'incoming'
    ? REGISTRATION_PREFIXES.letterToMember
    : REGISTRATION_PREFIXES.letterFromMember;
}
