import type { z } from 'zod';
import { LETTER_STATUS_LABELS } from '../../domain/cabinet/labels.js';
import type { LetterDirection } from '../../domain/letters/letter.model.js';
import type { StaffLetter } from '../../domain/letters/letters-staff.repository.js';
import { iso, isoOrNull } from '../shared/json.js';
import { memberRef, staffFileView, staffRef } from '../staff-appeals/staff-appeal.view.js';
import type { staffLetterDetailSchema, staffLetterSchema } from './staff-letters.schema.js';

/** Directions as the SRO sees them (the model names them from the member's side). */
const DIRECTION_LABELS: Record<LetterDirection, string> = {
  incoming: 'Письмо СРО члену СРО',
  outgoing: 'Письмо члена СРО в СРО',
};

export function staffLetterView({ letter, member }: StaffLetter): z.input<typeof staffLetterSchema> {
  return {
    id: String(letter._id),
    registrationNumber: letter.registrationNumber,
    direction: letter.direction,
    directionLabel: DIRECTION_LABELS[letter.direction],
    status: letter.status,
    statusLabel: LETTER_STATUS_LABELS[letter.status],
    subject: letter.subject,
    member: memberRef(member),
    expert: staffRef(letter.expertId),
    appealId: letter.appealId ? String(letter.appealId) : null,
    attachmentsCount: letter.attachments.length,
    readAt: isoOrNull(letter.readAt),
    createdAt: iso(letter.createdAt),
  };
}

export function staffLetterDetailView(found: StaffLetter): z.input<typeof staffLetterDetailSchema> {
  const { letter } = found;
  return {
    ...staffLetterView(found),
    text: letter.text,
    representativeId: letter.representativeId ? String(letter.representativeId) : null,
    attachments: letter.attachments.map((file) =>
      staffFileView(file, `/api/v1/staff/letters/${String(letter._id)}/files/${String(file.fileId)}`),
    ),
  };
}
