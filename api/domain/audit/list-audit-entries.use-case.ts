import { memberSummariesByIds, staffNamesByIds } from '../appeals/appeals-inbox.repository.js';
import type { Page, PageRequest } from '../shared/page.js';
import { auditActionLabel } from './audit-actions.js';
import type { AuditEntry } from './audit-entry.model.js';
import { findAuditPage, type AuditFilter } from './audit-entries.repository.js';

/** Both are always stored (the actor's kind is required, the rest defaults to null), whatever mongoose infers. */
type StoredEntry = AuditEntry & {
  actor: NonNullable<AuditEntry['actor']>;
  target: NonNullable<AuditEntry['target']>;
};

/** An entry with the names a reader needs: the action in words, the staff member who acted and the member concerned. */
export type NamedAuditEntry = StoredEntry & {
  actionLabel: string;
  actor: { fullName: string | null };
  target: { memberName: string | null };
};

/**
 * Who saw or changed what, newest first, for administrators. The names are joined in the application, one query for
 * the staff and one for the members of the page (FerretDB has no $lookup).
 */
export async function listAuditEntries(
  filter: AuditFilter,
  pageRequest: PageRequest,
): Promise<Page<NamedAuditEntry>> {
  const page = await findAuditPage(filter, pageRequest);
  const entries = page.items as StoredEntry[];
  const [staff, members] = await Promise.all([
    staffNamesByIds(entries.filter(({ actor }) => actor.kind === 'staff').map(({ actor }) => actor.id)),
    memberSummariesByIds(entries.flatMap(({ target }) => (target.memberId ? [target.memberId] : []))),
  ]);
  const items = entries.map((entry) => ({
    ...entry,
    actionLabel: auditActionLabel(entry.action),
    actor: {
      ...entry.actor,
      fullName: (entry.actor.kind === 'staff' && staff.get(String(entry.actor.id))?.fullName) || null,
    },
    target: { ...entry.target, memberName: members.get(String(entry.target.memberId))?.shortName ?? null },
  }));
  return { ...page, items };
}
