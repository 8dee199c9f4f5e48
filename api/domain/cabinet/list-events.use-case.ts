import type { SroEvent } from '../events/event.model.js';
import { listEventsForMember } from '../events/events.repository.js';
import type { Page, PageRequest } from '../shared/page.js';

export interface EventPeriod {
  /** Events not over by then; now when absent. */
  from?: Date;
  to?: Date;
}

/** The events the member is invited to (its own and those for every member), in order of their start. */
export function listMemberEvents(
  memberId: string,
  period: EventPeriod,
  page: PageRequest,
  now = new Date(),
): Promise<Page<SroEvent>> {
  return listEventsForMember({ memberId, from: period.from ?? now, to: period.to }, page);
}
