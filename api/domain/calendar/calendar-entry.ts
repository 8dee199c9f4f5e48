import { calendarDayNumber } from '../shared/sro-calendar.js';

const DAY_MS = 86_400_000;

/** When an entry happens: at a time, or on a whole SRO calendar day (a deadline), given as that day's UTC midnight. */
export type CalendarTime = { allDay: false; start: Date; end: Date } | { allDay: true; day: Date };

/** One entry of a representative's calendar feed. */
export interface CalendarEntry {
  /** Stable across feed refreshes, so calendar apps update an entry instead of adding it again. */
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  time: CalendarTime;
}

/** The whole SRO calendar day a deadline falls on. */
export const onSroDay = (instant: Date): CalendarTime => ({
  allDay: true,
  day: new Date(calendarDayNumber(instant) * DAY_MS),
});
