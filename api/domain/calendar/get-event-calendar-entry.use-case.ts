import { Types } from 'mongoose';
import { found } from '../cabinet/found.js';
import { eventEntry } from './calendar-entry-of.js';
import type { CalendarEntry } from './calendar-entry.js';
import { findMemberEvent } from './calendar-sources.repository.js';

/**
 * One event as an entry of the member's calendar (the same UID as in the feed), for a file to add to a calendar by
 * hand; an event the member is not invited to is as unknown as a missing one.
 */
export async function getEventCalendarEntry(memberId: string, eventId: string): Promise<CalendarEntry> {
  const member = new Types.ObjectId(memberId);
  return eventEntry(found(await findMemberEvent(member, eventId), 'Событие не найдено.'), member);
}
