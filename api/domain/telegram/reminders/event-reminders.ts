import { deadlineOf } from '../../cabinet/deadline.js';
import { sroHour } from '../../shared/sro-calendar.js';
import type { OutboxEntry } from '../../notifications/outbox.repository.js';
import { findLinkedRepresentatives } from '../linked-representatives.repository.js';
import { reminderEntries, reminderWindow } from './reminder-entries.js';
import { REMINDER_KINDS } from './reminder-kinds.js';
import { findEventsStarting } from './reminder-subjects.repository.js';

const DAY_MS = 86_400_000;
export const HOUR_BEFORE_MS = 3_600_000;
/** The day-before reminder is left in the day's hours only (Moscow time), never at night. */
const DAY_REMINDER_HOURS = { from: 9, to: 21 };

/** `1h` within the hour before the start; `1d` on the day before (or on the day, if added late), in the daytime. */
function occasionOf(startsAt: Date, now: Date): string | null {
  if (startsAt.getTime() - now.getTime() <= HOUR_BEFORE_MS) return '1h';
  const hour = sroHour(now);
  if (hour < DAY_REMINDER_HOURS.from || hour >= DAY_REMINDER_HOURS.to) return null;
  return reminderWindow(deadlineOf(startsAt, now).daysLeft, [1]);
}

/** Reminders to everyone invited: the day before an event and again an hour before it starts. */
export async function collectEventReminders(now: Date): Promise<OutboxEntry[]> {
  const events = await findEventsStarting(now, new Date(now.getTime() + 2 * DAY_MS));
  if (events.length === 0) return [];
  const linked = await findLinkedRepresentatives({ everyMember: true }, now);
  return events.flatMap((event) => {
    const occasion = occasionOf(event.startsAt, now);
    if (!occasion) return [];
    const audience = new Set(event.audience.map(String));
    const invited =
      audience.size === 0 ? linked : linked.filter(({ memberId }) => audience.has(String(memberId)));
    const eventId = String(event._id);
    return reminderEntries(
      {
        kind: REMINDER_KINDS.event,
        setting: 'eventReminders',
        about: eventId,
        occasion,
        payload: { eventId },
      },
      invited,
    );
  });
}
