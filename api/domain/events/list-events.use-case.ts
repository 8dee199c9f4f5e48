import type { Page, PageRequest } from '../shared/page.js';
import type { SroEvent } from './event.model.js';
import { findEventPage, type EventPeriod } from './events-staff.repository.js';

/** The SRO's calendar for staff: events overlapping the period, by start. */
export function listEvents(
  period: EventPeriod,
  order: 'asc' | 'desc',
  pageRequest: PageRequest,
): Promise<Page<SroEvent>> {
  return findEventPage(period, order, pageRequest);
}
