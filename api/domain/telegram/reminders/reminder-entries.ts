import type { OutboxEntry } from '../../notifications/outbox.repository.js';
import {
  findLinkedRepresentatives,
  type LinkedRepresentative,
} from '../linked-representatives.repository.js';
import type { NotificationSetting } from '../notification-settings.js';
import type { ReminderKind } from './reminder-kinds.js';

export interface ReminderSubject {
  kind: ReminderKind;
  setting: NotificationSetting;
  /** What it is about and when, e.g. an event id and `1d`; together with the person it makes the key. */
  about: string;
  occasion: string;
  payload: Record<string, unknown>;
}

/**
 * One outbox message per representative who wants this kind of reminder, keyed by what it is about, the person and
 * the occasion (`event.reminder:<eventId>:<representativeId>:1d`), so that running the reminders again adds nothing.
 */
export function reminderEntries(
  subject: ReminderSubject,
  representatives: readonly LinkedRepresentative[],
): OutboxEntry[] {
  return representatives
    .filter(({ settings }) => settings[subject.setting])
    .map(({ representativeId }) => ({
      kind: subject.kind,
      payload: { ...subject.payload, representativeId: String(representativeId) },
      idempotencyKey: `${subject.kind}:${subject.about}:${String(representativeId)}:${subject.occasion}`,
    }));
}

/** The representatives by member. */
export function byMember(
  representatives: readonly LinkedRepresentative[],
): Map<string, LinkedRepresentative[]> {
  const groups = new Map<string, LinkedRepresentative[]>();
  for (const representative of representatives) {
    const key = String(representative.memberId);
    groups.set(key, [...(groups.get(key) ?? []), representative]);
  }
  return groups;
}

/** The reminders `remind` finds for each member with linked representatives, members taken one after another. */
export async function remindLinkedMembers(
  now: Date,
  remind: (memberId: string, representatives: LinkedRepresentative[]) => Promise<OutboxEntry[]>,
): Promise<OutboxEntry[]> {
  const entries: OutboxEntry[] = [];
  for (const [memberId, representatives] of byMember(
    await findLinkedRepresentatives({ everyMember: true }, now),
  )) {
    entries.push(...(await remind(memberId, representatives)));
  }
  return entries;
}

/**
 * The occasion a deadline falls in: the smallest window of days before it that holds it (`7d` of 7 and 30), or null
 * outside them all. A window rather than an exact day, so that a day the jobs did not run loses no reminder.
 */
export function reminderWindow(daysLeft: number, windows: readonly number[]): string | null {
  if (daysLeft < 0) return null;
  const days = [...windows].sort((a, b) => a - b).find((window) => daysLeft <= window);
  return days === undefined ? null : `${days}d`;
}
