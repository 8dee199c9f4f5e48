import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { refuseInvalidFields } from '../registry/registry-guards.js';
import { formatDate } from '../shared/sro-calendar.js';
import type { ListedRegulationVersion } from './list-regulation-versions.use-case.js';
import {
  findCurrentRegulation,
  insertRegulationVersion,
  type NewRegulationVersion,
} from './regulation-version.repository.js';

export type RegulationDraft = Omit<NewRegulationVersion, 'effectiveFrom'> & { effectiveFrom?: Date };

/**
 * Publishes a new edition of the regulation. It is the edition representatives accept from its date on (at once when
 * no date is given, §2.2 allows a later one), so it must take effect after the edition in force now.
 */
export async function publishRegulationVersion(
  draft: RegulationDraft,
  context: AuditContext,
  now = new Date(),
): Promise<ListedRegulationVersion> {
  const effectiveFrom = draft.effectiveFrom ?? now;
  const inForce = await findCurrentRegulation(now);
  if (inForce && effectiveFrom <= inForce.effectiveFrom) {
    const since = formatDate(inForce.effectiveFrom);
    refuseInvalidFields([
      { path: 'effectiveFrom', message: `Позже начала действия редакции ${inForce.version} (${since})` },
    ]);
  }
  const edition = await insertRegulationVersion({ ...draft, effectiveFrom });
  await recordAudit(context, {
    action: 'regulation_version.published',
    target: { kind: 'regulation_version', id: edition._id },
    changes: { version: edition.version, effectiveFrom: effectiveFrom.toISOString() },
  });
  return { ...edition, current: effectiveFrom <= now };
}
