import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import type { Page, PageRequest } from '../shared/page.js';
import type { Representative } from './representative.model.js';
import { listRepresentatives, type RepresentativeFilter } from './representatives.repository.js';

/** Staff's list of representatives (personal data, so the look is logged). */
export async function listRepresentativesForStaff(
  filter: RepresentativeFilter,
  page: PageRequest,
  context: AuditContext,
): Promise<Page<Representative>> {
  const result = await listRepresentatives(filter, page);
  await recordAudit(context, {
    action: 'representative.listed',
    target: { kind: 'representative', memberId: filter.memberId ?? null },
    changes: { filter: { ...filter }, page: page.page },
  });
  return result;
}
