import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import type { Member, MemberStatus } from '../members/member.model.js';
import type { WorkRightStatus } from '../members/work-right.js';
import { DomainError } from '../shared/domain-error.js';
import { revokeMemberSessions } from './member-sessions.repository.js';
import { memberNotFound } from './registry-guards.js';
import { appendMemberStatus, findMemberById } from './registry-members.repository.js';

export interface MemberStatusChange {
  status: MemberStatus;
  /** When the status takes effect; now when not given. */
  since?: Date;
  /** The decision behind it, e.g. «Решение Совета от 12.03.2026 № 5». */
  reason?: string | null;
}

/** Only a member in good standing may work; a suspension or an exclusion ends the right until restored. */
const WORK_RIGHT_BY_STATUS: Record<MemberStatus, WorkRightStatus> = {
  member: 'active',
  suspended: 'suspended',
  excluded: 'suspended',
};

/**
 * Admits back, suspends or excludes a member, keeping the history. Exclusion ends the sessions of all its
 * representatives at once (regulation §1.4); sign-in checks the member's status from then on.
 */
export async function changeMemberStatus(
  id: string,
  change: MemberStatusChange,
  context: AuditContext,
  now = new Date(),
): Promise<Member> {
  const current = await findMemberById(id);
  if (!current) throw memberNotFound();
  if (current.status === change.status) throw new DomainError('conflict', 'Член СРО уже в этом статусе.');
  const member = await appendMemberStatus(
    id,
    { status: change.status, since: change.since ?? now, reason: change.reason ?? null },
    WORK_RIGHT_BY_STATUS[change.status],
  );
  if (!member) throw memberNotFound();
  const endedSessions = change.status === 'excluded' ? await revokeMemberSessions(id, 'member_excluded') : 0;
  await recordAudit(context, {
    action: 'member.status_changed',
    target: { kind: 'member', id, memberId: id },
    changes: { fields: ['status'], from: current.status, to: change.status, endedSessions },
  });
  return member;
}
