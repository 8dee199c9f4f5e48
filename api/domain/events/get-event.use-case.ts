import type { SroEvent } from './event.model.js';
import { eventNotFound } from './event-data.js';
import { findEventById } from './events-staff.repository.js';

/** One event of the SRO's calendar for staff. */
export async function getEvent(id: string): Promise<SroEvent> {
  const event = await findEventById(id);
  if (!event) throw eventNotFound();
  return event;
}
