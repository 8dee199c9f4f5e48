import type { Page, PageRequest } from '../shared/page.js';
import type { AuditEntry } from './audit-entry.model.js';
import { findAuditPage, type AuditFilter } from './audit-entries.repository.js';

/** Who saw or changed what, newest first, for administrators. */
export function listAuditEntries(filter: AuditFilter, pageRequest: PageRequest): Promise<Page<AuditEntry>> {
  return findAuditPage(filter, pageRequest);
}
