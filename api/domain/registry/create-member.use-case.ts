import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import type { Member } from '../members/member.model.js';
import { identityProblems, type MemberData } from './member-data.js';
import { MEMBER_TAKEN, refuseTakenMemberIds } from './member-uniqueness.js';
import { refuseInvalidFields } from './registry-guards.js';
import { insertMember } from './registry-members.repository.js';

/** Enters a new member into the registry; its membership starts on the admission date. */
export async function createMember(data: MemberData, context: AuditContext): Promise<Member> {
  refuseInvalidFields(identityProblems(data));
  await refuseTakenMemberIds(data);
  const admitted = { status: 'member', since: data.admissionDate, reason: null };
  const member = await insertMember(
    { ...data, status: admitted.status, statusSince: admitted.since, statusHistory: [admitted] },
    MEMBER_TAKEN,
  );
  await recordAudit(context, {
    action: 'member.created',
    target: { kind: 'member', id: member._id, memberId: member._id },
    changes: { fields: Object.keys(data) },
  });
  return member;
}
