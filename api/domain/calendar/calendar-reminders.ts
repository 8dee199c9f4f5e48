import type { CalendarReminder } from './calendar-entry.js';

const HOUR = 3600;
const DAY = 24 * HOUR;
/**
 * A whole-day entry starts at its midnight, Moscow time; 15 hours before it is 09:00 of the day before, which is
 * when a person wants to hear about tomorrow's deadline (not at midnight).
 */
const MORNING_BEFORE = 15 * HOUR;

/** Seminars, meetings and assemblies: a day and an hour before they start. */
export const EVENT_REMINDERS: CalendarReminder[] = [
  { secondsBefore: DAY, note: 'Завтра' },
  { secondsBefore: HOUR, note: 'Через час' },
];

/** Deadlines (reports, dues) and an inspection's first day: at 09:00 the day before. */
export const DEADLINE_REMINDERS: CalendarReminder[] = [{ secondsBefore: MORNING_BEFORE, note: 'Завтра' }];

/**
 * The end of an insurance contract: a new one takes time to arrange, so 30 days ahead (the staff's «ending soon»
 * window), then at 09:00 the day before.
 */
export const INSURANCE_REMINDERS: CalendarReminder[] = [
  { secondsBefore: 29 * DAY + MORNING_BEFORE, note: 'Через 30 дней' },
  ...DEADLINE_REMINDERS,
];
