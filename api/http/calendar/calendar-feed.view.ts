import ical from 'ical-generator';
import type { CalendarFeedContent } from '../../domain/calendar/build-calendar-feed.use-case.js';
import { SRO_TIME_ZONE } from '../../domain/shared/sro-calendar.js';

/**
 * The feed as iCalendar text. Timed events are written in UTC, which every calendar app converts; deadlines are whole
 * days of the SRO's (Moscow) calendar. Entry UIDs are stable, so a refresh updates entries instead of adding them.
 */
export function renderCalendarFeed({ name, entries }: CalendarFeedContent, publicUrl: string): string {
  const host = new URL(publicUrl).host;
  const calendar = ical({
    name,
    prodId: { company: host, product: 'Личный кабинет члена СРО', language: 'RU' },
    ttl: 3600,
    x: { 'X-WR-TIMEZONE': SRO_TIME_ZONE },
  });
  for (const entry of entries) {
    calendar.createEvent({
      id: `${entry.uid}@${host}`,
      summary: entry.summary,
      description: entry.description,
      location: entry.location,
      url: entry.url,
      ...(entry.time.allDay
        ? { allDay: true, start: entry.time.day }
        : { start: entry.time.start, end: entry.time.end }),
    });
  }
  return calendar.toString();
}
