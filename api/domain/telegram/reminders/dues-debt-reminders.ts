import { listDuesAmounts } from '../../finance/dues.repository.js';
import { computeDuesDebt } from '../../finance/dues-debt.js';
import type { OutboxEntry } from '../../notifications/outbox.repository.js';
import { calendarDayNumber } from '../../shared/sro-calendar.js';
import { reminderEntries, remindLinkedMembers } from './reminder-entries.js';
import { REMINDER_KINDS } from './reminder-kinds.js';

const DAY_MS = 86_400_000;

/** The Monday of the SRO calendar week, `2026-11-16`: one dues reminder a week. Day 0 (1970-01-01) was a Thursday. */
export function sroWeekOf(now: Date): string {
  const day = calendarDayNumber(now);
  return new Date((day - ((day + 3) % 7)) * DAY_MS).toISOString().slice(0, 10);
}

/** A weekly reminder while a member's dues are overdue. */
export function collectDuesDebtReminders(now: Date): Promise<OutboxEntry[]> {
  return remindLinkedMembers(now, async (memberId, representatives) => {
    const debt = computeDuesDebt({ ...(await listDuesAmounts(memberId)), now });
    if (debt.overdueAmount <= 0) return [];
    return reminderEntries(
      {
        kind: REMINDER_KINDS.duesDebt,
        setting: 'duesDebt',
        about: memberId,
        occasion: sroWeekOf(now),
        payload: { memberId },
      },
      representatives,
    );
  });
}
