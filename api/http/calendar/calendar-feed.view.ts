import type { CalendarFeedContent } from '../../domain/calendar/build-calendar-feed.use-case.js';
import { ICalCalendarMethod } from 'ical-generator';
import type { CalendarEntry } from '../../domain/calendar/calendar-entry.js';
import { formatDate, SRO_TIME_ZONE } from '../../domain/shared/sro-calendar.js';
import { safeFilename } from '../../domain/uploads/safe-filename.js';
import { writeSroCalendar } from './ical-entry.js';

/** How often calendar apps are asked to fetch the feed again (REFRESH-INTERVAL, X-PUBLISHED-TTL). */
export const FEED_REFRESH_SECONDS = 3600;

/**
 * The feed as iCalendar text: the VTIMEZONE of Europe/Moscow, timed entries in Moscow time, deadlines as whole days
 * of the SRO's calendar, reminders as alarms, and the refresh interval. Entry UIDs are stable, so a refresh updates
 * entries instead of adding them.
 */
export function renderCalendarFeed({ name, entries }: CalendarFeedContent, publicUrl: string): string {
  return writeSroCalendar(
    {
      name,
      description: 'Мероприятия СРО, проверки, сроки отчётов и взносов, окончание договоров страхования',
      ttl: FEED_REFRESH_SECONDS,
      x: { 'X-WR-TIMEZONE': SRO_TIME_ZONE },
    },
    entries,
    publicUrl,
  );
}

/** One entry as a file to open in a calendar app and add (METHOD:PUBLISH), with the UID it has in the feed. */
export function renderEntryFile(entry: CalendarEntry, publicUrl: string): string {
  return writeSroCalendar({ method: ICalCalendarMethod.PUBLISH }, [entry], publicUrl);
}

/** «Семинар — Охрана труда 12.03.2026.ics»: what the entry is and its (Moscow) date, safe as a file name. */
export function entryFilename(entry: CalendarEntry): string {
  const day = entry.time.allDay ? entry.time.firstDay : entry.time.start;
  return safeFilename(`${entry.summary.replace(/:\s*/, ' — ')} ${formatDate(day)}.ics`);
}
