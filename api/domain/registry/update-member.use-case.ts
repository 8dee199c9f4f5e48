import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import type { Member } from '../members/member.model.js';
import { identityProblems, type MemberChanges } from './member-data.js';
import { MEMBER_TAKEN, refuseTakenMemberIds } from './member-uniqueness.js';
import { memberNotFound, refuseInvalidFields } from './registry-guards.js';
import { applyMemberChanges, findMemberById } from './registry-members.repository.js';

/** Corrects a member's registry data; the tax ids must still match the kind of member afterwards. */
export async function updateMember(
  id: string,
  changes: MemberChanges,
  context: AuditContext,
): Promise<Member> {
  const current = await findMemberById(id);
  if (!current) throw memberNotFound();
  refuseInvalidFields(
    identityProblems({
      kind: changes.kind ?? current.kind,
      inn: changes.inn ?? current.inn,
      ogrn: changes.ogrn ?? current.ogrn,
      kpp: changes.kpp === undefined ? current.kpp : changes.kpp,
    }),
  );
  await refuseTakenMemberIds(changes, id);
  const result = await applyMemberChanges(id, changes, MEMBER_TAKEN);
  if (!result) throw memberNotFound();
  await recordAudit(context, {
    action: 'member.updated',
    target: { kind: 'member', id, memberId: id },
    changes: { fields: result.fields },
  });
  return result.member;
}
