import ical, { ICalAlarmType, type ICalCalendar, type ICalCalendarData } from 'ical-generator';
import { DateTime } from 'luxon';
import type { CalendarEntry } from '../../domain/calendar/calendar-entry.js';
import { SRO_TIME_ZONE } from '../../domain/shared/sro-calendar.js';
import { vtimezoneOf } from './moscow-vtimezone.js';

const DAY_MS = 86_400_000;
const ZONE = { zone: SRO_TIME_ZONE };

/** An instant as Moscow wall-clock time, whatever the server's own zone (a plain Date would use the server's). */
const inMoscow = (instant: Date) => DateTime.fromJSDate(instant, ZONE);
/** A whole SRO day, given as its UTC midnight, as that date in Moscow. */
const moscowDate = (utcMidnight: Date) =>
  DateTime.fromObject(
    {
      year: utcMidnight.getUTCFullYear(),
      month: utcMidnight.getUTCMonth() + 1,
      day: utcMidnight.getUTCDate(),
    },
    ZONE,
  );

/**
 * A calendar of the SRO: its time zone's VTIMEZONE goes in with the first entry that uses it. DTSTAMP and the other
 * stamps stay in UTC, as RFC 5545 wants (ical-generator writes them in the calendar's own zone when it has one, so
 * the zone is named on each entry instead).
 */
export function sroCalendar(publicUrl: string, data: ICalCalendarData = {}): ICalCalendar {
  return ical({
    prodId: { company: new URL(publicUrl).host, product: 'Личный кабинет члена СРО', language: 'RU' },
    timezone: { name: null, generator: vtimezoneOf },
    ...data,
  });
}

/**
 * Adds an entry: a timed one with DTSTART/DTEND in Moscow time (TZID), a whole-day one as DATE values (DTEND the day
 * after the last one, as the standard counts), each with its reminders as display alarms. Its stamps come from the
 * item itself, so that the same data give the same text, byte for byte.
 */
export function addEntry(calendar: ICalCalendar, entry: CalendarEntry, publicUrl: string): void {
  const { time } = entry;
  const event = calendar.createEvent({
    id: `${entry.uid}@${new URL(publicUrl).host}`,
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
          start: moscowDate(time.firstDay),
          end: moscowDate(new Date(time.lastDay.getTime() + DAY_MS)),
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
}
