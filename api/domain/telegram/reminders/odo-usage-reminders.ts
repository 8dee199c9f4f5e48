import { getObligations } from '../../cabinet/get-obligations.use-case.js';
import type { OutboxEntry } from '../../notifications/outbox.repository.js';
import { toKopecks } from '../../shared/money.js';
import { findLinkedRepresentatives } from '../linked-representatives.repository.js';
import { byMember, reminderEntries } from './reminder-entries.js';
import { REMINDER_KINDS } from './reminder-kinds.js';

/**
 * A warning when a member's obligations near or pass the КФ ОДО cap: once per state and total, so a new contract that
 * moves the figure warns again, and an unchanged figure does not.
 */
export async function collectOdoUsageReminders(now: Date): Promise<OutboxEntry[]> {
  const entries: OutboxEntry[] = [];
  for (const [memberId, representatives] of byMember(
    await findLinkedRepresentatives({ everyMember: true }, now),
  )) {
    const { state, total } = await getObligations(memberId);
    if (state !== 'warning' && state !== 'exceeded') continue;
    entries.push(
      ...reminderEntries(
        {
          kind: REMINDER_KINDS.odoUsage,
          setting: 'odoUsage',
          about: memberId,
          occasion: `${state}-${toKopecks(total)}`,
          payload: { memberId },
        },
        representatives,
      ),
    );
  }
  return entries;
}
