import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import type { Member } from '../members/member.model.js';
import { memberNotFound } from './registry-guards.js';
import { findMemberById } from './registry-members.repository.js';

/** The member's full registry card for staff; the read is logged (152-FZ). */
export async function getMemberCard(id: string, context: AuditContext): Promise<Member> {
  const member = await findMemberById(id);
  if (!member) throw memberNotFound();
  await recordAudit(context, { action: 'member.read', target: { kind: 'member', id, memberId: id } });
  return member;
}
