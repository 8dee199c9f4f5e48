import { deadlineOf } from '../../cabinet/deadline.js';
import { unrenewedPolicies } from '../../insurance/policy-renewal.js';
import type { OutboxEntry } from '../../notifications/outbox.repository.js';
import { findLinkedRepresentatives } from '../linked-representatives.repository.js';
import { byMember, reminderEntries, reminderWindow } from './reminder-entries.js';
import { REMINDER_KINDS } from './reminder-kinds.js';
import { findInsuranceInForce } from './reminder-subjects.repository.js';

const DAY_MS = 86_400_000;
/** Reminders 30 and 7 days before a policy ends. */
const WINDOWS = [7, 30];

/** Policies ending soon that no later policy of the same kind replaces yet. */
export async function collectInsuranceExpiryReminders(now: Date): Promise<OutboxEntry[]> {
  const linked = byMember(await findLinkedRepresentatives({ everyMember: true }, now));
  if (linked.size === 0) return [];
  const contracts = await findInsuranceInForce([...linked.keys()], new Date(now.getTime() - DAY_MS));
  return unrenewedPolicies(contracts).flatMap((contract) => {
    const occasion = reminderWindow(deadlineOf(contract.validTo, now).daysLeft, WINDOWS);
    const memberId = String(contract.memberId);
    if (!occasion) return [];
    const contractId = String(contract._id);
    return reminderEntries(
      {
        kind: REMINDER_KINDS.insuranceExpiry,
        setting: 'insuranceExpiry',
        about: contractId,
        occasion,
        payload: { contractId, memberId },
      },
      linked.get(memberId) ?? [],
    );
  });
}
