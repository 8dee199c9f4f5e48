import { DomainError } from '../shared/domain-error.js';
import { findMemberAppeal } from './appeals.repository.js';
import { withExpertNames, type MemberAppeal } from './member-appeal.js';

/** One of the member's appeals with its history, files and signature check; another member's is not found. */
export async function getMemberAppeal(memberId: string, appealId: string): Promise<MemberAppeal> {
  const appeal = await findMemberAppeal(memberId, appealId);
  if (!appeal) throw new DomainError('not_found', 'Обращение не найдено.');
  const [named] = await withExpertNames([appeal]);
  return named!;
}
