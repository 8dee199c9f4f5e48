import type { Agenda } from 'agenda';
import type { Logger } from '../api/logger.js';
import { createReminders } from '../api/domain/telegram/reminders/create-reminders.use-case.js';
import { REMINDER_KINDS, type ReminderKind } from '../api/domain/telegram/reminders/reminder-kinds.js';
import { SRO_TIME_ZONE } from '../api/domain/shared/sro-calendar.js';

/** Agenda job name → the reminders it leaves for the push dispatch. */
export const REMINDER_JOBS: Record<string, ReminderKind> = {
  'remind-events': REMINDER_KINDS.event,
  'remind-dues-debt': REMINDER_KINDS.duesDebt,
  'remind-insurance-expiry': REMINDER_KINDS.insuranceExpiry,
  'remind-report-deadlines': REMINDER_KINDS.reportDeadline,
  'warn-odo-usage': REMINDER_KINDS.odoUsage,
};

/** Every day at 09:00 in Moscow. */
export const REMINDERS_AT = '0 9 * * *';
/** The events' reminders are looked for every ten minutes: one goes an hour before the start. */
export const EVENT_REMINDERS_EVERY = '*/10 * * * *';
const scheduleOf = (name: string) => (name === 'remind-events' ? EVENT_REMINDERS_EVERY : REMINDERS_AT);

export function defineReminderJobs(agenda: Agenda, log: Logger): void {
  for (const [name, kind] of Object.entries(REMINDER_JOBS)) {
    agenda.define(name, async () => {
      const created = await createReminders(kind);
      log.info({ job: name, created }, 'reminders created');
    });
  }
}

/** Schedules the reminders; a run repeated (a restart, two workers) adds nothing already left. */
export async function scheduleReminderJobs(agenda: Agenda): Promise<void> {
  for (const name of Object.keys(REMINDER_JOBS)) {
    await agenda.every(scheduleOf(name), name, undefined, { timezone: SRO_TIME_ZONE, skipImmediate: true });
  }
}
