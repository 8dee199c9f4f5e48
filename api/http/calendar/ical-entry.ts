import ical, { ICalAlarmType, type ICalCalendar, type ICalCalendarData } from 'ical-generator';
import type { CalendarEntry } from '../../domain/calendar/calendar-entry.js';
import { SRO_TIME_ZONE } from '../../domain/shared/sro-calendar.js';
import { foldLines } from './fold-lines.js';
import { inMoscow, moscowMidnight } from './moscow-time.js';
import { MOSCOW_VTIMEZONE } from './moscow-vtimezone.js';

const DAY_MS = 86_400_000;
const END = 'END:VCALENDAR';

/**
 * One entry as a VEVENT: a timed one with DTSTART/DTEND in Moscow time (TZID), a whole-day one as DATE values (DTEND
 * the day after the last one, as the standard counts), each with its reminders as display alarms. Its stamps come
 * from the item itself, so that the same data give the same text, byte for byte. Times are written at Moscow time
 * whatever the server's own zone (a plain Date would be written in the server's). DTSTAMP and the other stamps stay in
 * UTC as RFC 5545 wants: the zone is named on the entry, not on the calendar, for ical-generator writes the stamps in
 * the calendar's zone when it has one.
 */
function entryText(calendar: ICalCalendar, entry: CalendarEntry, host: string): string {
  const { time } = entry;
  const event = calendar.createEvent({
    id: `${entry.uid}@${host}`,
    timezone: SRO_TIME_ZONE,
    summary: entry.summary,
    description: entry.description,
    location: entry.location,
    url: entry.url,
    stamp: entry.updatedAt,
    created: entry.createdAt,
    lastModified: entry.updatedAt,
    ...(time.allDay
      ? {
          allDay: true,
          start: moscowMidnight(time.firstDay),
          end: moscowMidnight(new Date(time.lastDay.getTime() + DAY_MS)),
        }
      : { start: inMoscow(time.start), end: inMoscow(time.end) }),
  });
  for (const reminder of entry.reminders) {
    event.createAlarm({
      type: ICalAlarmType.display,
      trigger: reminder.secondsBefore,
      description: `${reminder.note}: ${entry.summary}`,
    });
  }
  return event.toString();
}

/**
 * A calendar of the SRO: its own properties from `data`, the VTIMEZONE of Europe/Moscow, then the entries. The
 * calendar's properties are written by ical-generator; the entries one by one, folded here (see fold-lines.ts).
 */
export function writeSroCalendar(
  data: ICalCalendarData,
  entries: CalendarEntry[],
  publicUrl: string,
): string {
  const host = new URL(publicUrl).host;
  const calendar = ical({
    prodId: { company: host, product: 'Личный кабинет члена СРО', language: 'RU' },
    ...data,
  });
  const head = calendar.toString();
  const body = [`${MOSCOW_VTIMEZONE}\r\n`, ...entries.map((entry) => entryText(calendar, entry, host))];
  return head.slice(0, -END.length) + foldLines(body.join('')) + END;
}
