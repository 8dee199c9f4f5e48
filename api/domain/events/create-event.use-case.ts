import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import type { SroEvent } from './event.model.js';
import { refuseUnknownAudience, type EventData } from './event-data.js';
import { insertEvent } from './events-staff.repository.js';

export async function createEvent(data: EventData, context: AuditContext): Promise<SroEvent> {
  await refuseUnknownAudience(data.audience);
  const event = await insertEvent({ ...data });
  await recordAudit(context, {
    action: 'event.created',
    target: { kind: 'event', id: event._id },
    changes: { fields: Object.keys(data) },
  });
  return event;
}
