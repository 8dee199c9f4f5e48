import type { Types } from 'mongoose';
import { calendarDayNumber } from '../shared/sro-calendar.js';

const DAY_MS = 86_400_000;

/**
 * When an entry happens: at a time, or over whole SRO calendar days (a deadline, an inspection's period), each day
 * given as its UTC midnight, the last day included.
 */
export type CalendarTime =
  { allDay: false; start: Date; end: Date } | { allDay: true; firstDay: Date; lastDay: Date };

/** A reminder a calendar app shows before the entry starts; `note` opens its text («Завтра: …»). */
export interface CalendarReminder {
  secondsBefore: number;
  note: string;
}

/** The kinds of dated things a member's calendar holds; each kind names its own entries' UIDs. */
export type CalendarEntryKind = 'event' | 'inspection' | 'report' | 'dues' | 'insurance' | 'appeal';

/** One entry of a representative's calendar feed. */
export interface CalendarEntry {
  /**
   * Stable across feed refreshes, so calendar apps update an entry instead of adding it again; it names the kind,
   * the item and the member, so that no two entries of any feeds share one (an event for every member is an entry
   * of each member's calendar).
   */
  uid: string;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  time: CalendarTime;
  reminders: CalendarReminder[];
  /** When the item was recorded and last changed: the entry's CREATED, and its DTSTAMP and LAST-MODIFIED. */
  createdAt: Date;
  updatedAt: Date;
}

export const entryUid = (kind: CalendarEntryKind, itemId: Types.ObjectId, memberId: Types.ObjectId) =>
  `${kind}-${String(itemId)}-${String(memberId)}`;

const sroDay = (instant: Date) => new Date(calendarDayNumber(instant) * DAY_MS);

/** The whole SRO calendar day a deadline falls on. */
export const onSroDay = (instant: Date): CalendarTime => ({
  allDay: true,
  firstDay: sroDay(instant),
  lastDay: sroDay(instant),
});

/** The SRO calendar days from the one `from` falls on to the one `to` falls on, both included. */
export const overSroDays = (from: Date, to: Date): CalendarTime => ({
  allDay: true,
  firstDay: sroDay(from),
  lastDay: sroDay(to < from ? from : to),
});
