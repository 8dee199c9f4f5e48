/** Outbox kinds of the reminders; each message is for one representative and is pushed to their chats. */
export const REMINDER_KINDS = {
  event: 'event.reminder',
  duesDebt: 'dues.reminder',
  insuranceExpiry: 'insurance.reminder',
  reportDeadline: 'report.reminder',
  odoUsage: 'odo.reminder',
} as const;
export type ReminderKind = (typeof REMINDER_KINDS)[keyof typeof REMINDER_KINDS];
