import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { insertMemberRecord, type MemberRecord, type MemberRecordKind } from './member-records.repository.js';
import { memberNotFound } from './registry-guards.js';
import { memberExists } from './registry-members.repository.js';

export async function createMemberRecord(
  kind: MemberRecordKind,
  memberId: string,
  data: Record<string, unknown>,
  context: AuditContext,
): Promise<MemberRecord> {
  if (!(await memberExists(memberId))) throw memberNotFound();
  const record = await insertMemberRecord(kind, memberId, data);
  await recordAudit(context, {
    action: `${kind.name}.created`,
    target: { kind: kind.name, id: record._id, memberId },
    changes: { fields: Object.keys(data) },
  });
  return record;
}
