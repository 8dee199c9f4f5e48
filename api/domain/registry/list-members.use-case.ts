import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { findDuesDebtors } from '../finance/dues-debtors.js';
import type { Member } from '../members/member.model.js';
import type { Page, PageRequest } from '../shared/page.js';
import { findMemberPage, type MemberListFilter, type MemberListSort } from './registry-members.repository.js';

/**
 * A page of the registry for staff; the log names the filters used, not their values, which may be personal. Asked
 * about dues debt, the debtors are found first across the registry (see findDuesDebtors).
 */
export async function listMembers(
  filter: MemberListFilter,
  sort: MemberListSort,
  pageRequest: PageRequest,
  context: AuditContext,
): Promise<Page<Member>> {
  const debtors = filter.hasDuesDebt === undefined ? null : await findDuesDebtors(new Date());
  const page = await findMemberPage(
    { ...filter, debtorIds: debtors ? [...debtors.keys()] : [] },
    sort,
    pageRequest,
  );
  await recordAudit(context, {
    action: 'member.list',
    target: { kind: 'member' },
    changes: {
      filters: Object.keys(filter).filter((key) => filter[key as keyof MemberListFilter] !== undefined),
    },
  });
  return page;
}
