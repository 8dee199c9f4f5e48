import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { removeMemberRecord, type MemberRecordKind } from './member-records.repository.js';
import { recordNotFound } from './registry-guards.js';

/** Deletes a record of the member; a record of another member is as missing as one that does not exist. */
export async function deleteMemberRecord(
  kind: MemberRecordKind,
  memberId: string,
  id: string,
  context: AuditContext,
): Promise<void> {
  if (!(await removeMemberRecord(kind, memberId, id))) throw recordNotFound();
  await recordAudit(context, { action: `${kind.name}.deleted`, target: { kind: kind.name, id, memberId } });
}
