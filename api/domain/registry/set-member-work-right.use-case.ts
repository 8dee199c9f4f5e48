import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import type { Member } from '../members/member.model.js';
import type { ObjectKind, WorkRightStatus } from '../members/work-right.js';
import { memberNotFound } from './registry-guards.js';
import { applyMemberChanges } from './registry-members.repository.js';

export interface WorkRight {
  construction: boolean;
  reconstruction: boolean;
  majorRepair: boolean;
  demolition: boolean;
  objectKinds: ObjectKind[];
  status: WorkRightStatus;
  since: Date | null;
}

/** Records the member's right to perform work as the registry now states it. */
export async function setMemberWorkRight(
  id: string,
  workRight: WorkRight,
  context: AuditContext,
): Promise<Member> {
  const result = await applyMemberChanges(id, { workRight });
  if (!result) throw memberNotFound();
  await recordAudit(context, {
    action: 'member.work_right_changed',
    target: { kind: 'member', id, memberId: id },
    changes: { fields: result.fields },
  });
  return result.member;
}
