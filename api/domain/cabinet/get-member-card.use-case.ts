import type { Member } from '../members/member.model.js';
import { findMemberCard } from '../members/member-card.repository.js';
import { found, MEMBER_NOT_FOUND } from './found.js';

/** The member's registry card, its right to perform work included. */
export async function getMemberCard(memberId: string): Promise<Member> {
  return found(await findMemberCard(memberId), MEMBER_NOT_FOUND);
}
