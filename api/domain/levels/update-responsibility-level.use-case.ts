import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { applyResponsibilityLevelChanges } from './level-table-edits.repository.js';
import type { ResponsibilityLevel } from './responsibility-level.model.js';
import { levelNotFound } from './responsibility-level.repository.js';

/** A КФ ВВ row caps one contract's price, a КФ ОДО row the sum of contracts in force; null means no cap. */
export interface ResponsibilityLevelChanges {
  title?: string;
  contribution?: number;
  maxContractPrice?: number | null;
  maxTotalObligations?: number | null;
}

/** Corrects a row of the level table; once staff have set it, it no longer awaits a check against the Code. */
export async function updateResponsibilityLevel(
  id: string,
  changes: ResponsibilityLevelChanges,
  context: AuditContext,
): Promise<ResponsibilityLevel> {
  const result = await applyResponsibilityLevelChanges(id, { ...changes, needsReview: false });
  if (!result) throw levelNotFound();
  await recordAudit(context, {
    action: 'responsibility_level.updated',
    target: { kind: 'responsibility_level', id },
    changes: { fields: result.fields },
  });
  return result.level;
}
