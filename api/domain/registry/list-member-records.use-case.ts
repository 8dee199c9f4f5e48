import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import type { Page, PageRequest } from '../shared/page.js';
import {
  findMemberRecordPage,
  type MemberRecord,
  type MemberRecordKind,
} from './member-records.repository.js';
import { memberNotFound } from './registry-guards.js';
import { memberExists } from './registry-members.repository.js';

/** A page of one kind of the member's records, latest first; the read is logged (152-FZ). */
export async function listMemberRecords(
  kind: MemberRecordKind,
  memberId: string,
  pageRequest: PageRequest,
  context: AuditContext,
): Promise<Page<MemberRecord>> {
  if (!(await memberExists(memberId))) throw memberNotFound();
  const page = await findMemberRecordPage(kind, memberId, pageRequest);
  await recordAudit(context, { action: `${kind.name}.read`, target: { kind: kind.name, memberId } });
  return page;
}
