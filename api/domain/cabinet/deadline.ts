import { calendarDayNumber } from '../shared/sro-calendar.js';

/** Reports due and insurance ending within this many days are announced as coming soon. */
export const SOON_DAYS = 30;

export interface Deadline {
  /** SRO calendar days from today to the deadline's day; negative once it has passed. */
  daysLeft: number;
  passed: boolean;
  soon: boolean;
}

/** On the deadline's own day nothing has passed yet: it passes from the next calendar day in the SRO's time zone. */
export function deadlineOf(day: Date, now: Date): Deadline {
  const daysLeft = calendarDayNumber(day) - calendarDayNumber(now);
  return { daysLeft, passed: daysLeft < 0, soon: daysLeft >= 0 && daysLeft <= SOON_DAYS };
}
