import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import {
  applyMemberRecordChanges,
  type MemberRecord,
  type MemberRecordKind,
} from './member-records.repository.js';
import { recordNotFound } from './registry-guards.js';

/** Changes a record of the member; a record of another member is as missing as one that does not exist. */
export async function updateMemberRecord(
  kind: MemberRecordKind,
  memberId: string,
  id: string,
  changes: Record<string, unknown>,
  context: AuditContext,
): Promise<MemberRecord> {
  const result = await applyMemberRecordChanges(kind, memberId, id, changes);
  if (!result) throw recordNotFound();
  await recordAudit(context, {
    action: `${kind.name}.updated`,
    target: { kind: kind.name, id, memberId },
    changes: { fields: result.fields },
  });
  return result.record;
}
