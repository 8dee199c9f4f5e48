import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { eventNotFound } from './event-data.js';
import { removeEvent } from './events-staff.repository.js';

export async function deleteEvent(id: string, context: AuditContext): Promise<void> {
  if (!(await removeEvent(id))) throw eventNotFound();
  await recordAudit(context, { action: 'event.deleted', target: { kind: 'event', id } });
}
