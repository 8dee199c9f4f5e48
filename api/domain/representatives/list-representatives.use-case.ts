import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { memberSummariesByIds, type MemberSummary } from '../appeals/appeals-inbox.repository.js';
import type { Page, PageRequest } from '../shared/page.js';
import type { Representative } from './representative.model.js';
import { listRepresentatives, type RepresentativeFilter } from './representatives.repository.js';

export interface ListedRepresentative {
  representative: Representative;
  member: MemberSummary | null;
}

/** Staff's list of representatives with their members, read in one query a page (personal data: the look is logged). */
export async function listRepresentativesForStaff(
  filter: RepresentativeFilter,
  page: PageRequest,
  context: AuditContext,
): Promise<Page<ListedRepresentative>> {
  const found = await listRepresentatives(filter, page);
  const members = await memberSummariesByIds(found.items.map((representative) => representative.memberId));
  await recordAudit(context, {
    action: 'representative.listed',
    target: { kind: 'representative', memberId: filter.memberId ?? null },
    changes: { filter: { ...filter }, page: page.page },
  });
  return {
    ...found,
    items: found.items.map((representative) => ({
      representative,
      member: members.get(String(representative.memberId)) ?? null,
    })),
  };
}
