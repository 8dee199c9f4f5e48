import { deadlineOf } from '../../cabinet/deadline.js';
import type { OutboxEntry } from '../../notifications/outbox.repository.js';
import { findLinkedRepresentatives } from '../linked-representatives.repository.js';
import { reminderEntries, reminderWindow } from './reminder-entries.js';
import { REMINDER_KINDS } from './reminder-kinds.js';
import { findEventsStarting } from './reminder-subjects.repository.js';

const DAY_MS = 86_400_000;

/** A reminder the day before an event (or on its day, if it was added late), to everyone invited. */
export async function collectEventReminders(now: Date): Promise<OutboxEntry[]> {
  const events = await findEventsStarting(now, new Date(now.getTime() + 2 * DAY_MS));
  if (events.length === 0) return [];
  const linked = await findLinkedRepresentatives({ everyMember: true }, now);
  return events.flatMap((event) => {
    const occasion = reminderWindow(deadlineOf(event.startsAt, now).daysLeft, [1]);
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
