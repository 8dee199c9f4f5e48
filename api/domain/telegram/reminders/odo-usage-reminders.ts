import { getObligations } from '../../cabinet/get-obligations.use-case.js';
import { isAboveOdoWarning } from '../../contracts/odo-obligations.js';
import type { OutboxEntry } from '../../notifications/outbox.repository.js';
import { toKopecks } from '../../shared/money.js';
import { reminderEntries, remindLinkedMembers } from './reminder-entries.js';
import { REMINDER_KINDS } from './reminder-kinds.js';

/**
 * A warning when a member's obligations near or pass the КФ ОДО cap: once per state and total, so a new contract that
 * moves the figure warns again, and an unchanged figure does not.
 */
export function collectOdoUsageReminders(now: Date): Promise<OutboxEntry[]> {
  return remindLinkedMembers(now, async (memberId, representatives) => {
    const { state, total } = await getObligations(memberId);
    if (!isAboveOdoWarning(state)) return [];
    return reminderEntries(
      {
        kind: REMINDER_KINDS.odoUsage,
        setting: 'odoUsage',
        about: memberId,
        occasion: `${state}-${toKopecks(total)}`,
        payload: { memberId },
      },
      representatives,
    );
  });
}
