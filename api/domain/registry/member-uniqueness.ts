import type { Types } from 'mongoose';
import { DomainError } from '../shared/domain-error.js';
import { conflictingMemberField } from './registry-members.repository.js';

const TAKEN = {
  inn: 'В реестре уже есть член СРО с таким ИНН.',
  registryNumber: 'В реестре уже есть член СРО с таким реестровым номером.',
} as const;

/** For a write that loses a race to another one: the unique indexes decide, without naming the field. */
export const MEMBER_TAKEN = 'В реестре уже есть член СРО с таким ИНН или реестровым номером.';

/** Refuses an INN or a registry number another member already has, naming the field. */
export async function refuseTakenMemberIds(
  candidate: { inn?: string; registryNumber?: string },
  exceptId?: Types.ObjectId | string,
): Promise<void> {
  const field = await conflictingMemberField(candidate, exceptId);
  if (field) {
    throw new DomainError('conflict', TAKEN[field], { errors: [{ path: field, message: TAKEN[field] }] });
  }
}
