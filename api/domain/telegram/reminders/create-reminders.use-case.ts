import { enqueueOutboxMessage, type OutboxEntry } from '../../notifications/outbox.repository.js';
import { collectDuesDebtReminders } from './dues-debt-reminders.js';
import { collectEventReminders } from './event-reminders.js';
import { collectInsuranceExpiryReminders } from './insurance-expiry-reminders.js';
import { collectOdoUsageReminders } from './odo-usage-reminders.js';
import { collectReportDeadlineReminders } from './report-deadline-reminders.js';
import { REMINDER_KINDS, type ReminderKind } from './reminder-kinds.js';

/** Each reminder kind and how its messages are found. */
export const REMINDER_COLLECTORS: Record<ReminderKind, (now: Date) => Promise<OutboxEntry[]>> = {
  [REMINDER_KINDS.event]: collectEventReminders,
  [REMINDER_KINDS.duesDebt]: collectDuesDebtReminders,
  [REMINDER_KINDS.insuranceExpiry]: collectInsuranceExpiryReminders,
  [REMINDER_KINDS.reportDeadline]: collectReportDeadlineReminders,
  [REMINDER_KINDS.odoUsage]: collectOdoUsageReminders,
};

/** Leaves the reminders of a kind that are due now for the push dispatch; returns how many were new. */
export async function createReminders(kind: ReminderKind, now = new Date()): Promise<number> {
  let created = 0;
  // one after another: FerretDB writes one at a time
  for (const entry of await REMINDER_COLLECTORS[kind](now)) {
    if (await enqueueOutboxMessage(entry)) created += 1;
  }
  return created;
}
