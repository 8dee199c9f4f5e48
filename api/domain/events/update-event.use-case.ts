import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import type { SroEvent } from './event.model.js';
import { eventNotFound, refuseUnknownAudience, type EventData } from './event-data.js';
import { applyEventChanges } from './events-staff.repository.js';

/** Changes an event; the end may not come before the start once both are applied. */
export async function updateEvent(
  id: string,
  changes: Partial<EventData>,
  context: AuditContext,
): Promise<SroEvent> {
  await refuseUnknownAudience(changes.audience);
  const result = await applyEventChanges(id, { ...changes });
  if (!result) throw eventNotFound();
  await recordAudit(context, {
    action: 'event.updated',
    target: { kind: 'event', id },
    changes: { fields: result.fields },
  });
  return result.event;
}
