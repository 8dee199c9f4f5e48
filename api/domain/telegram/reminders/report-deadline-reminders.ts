import { deadlineOf } from '../../cabinet/deadline.js';
import type { OutboxEntry } from '../../notifications/outbox.repository.js';
import { findLinkedRepresentatives } from '../linked-representatives.repository.js';
import { byMember, reminderEntries, reminderWindow } from './reminder-entries.js';
import { REMINDER_KINDS } from './reminder-kinds.js';
import { findOutstandingReportsDue } from './reminder-subjects.repository.js';

const DAY_MS = 86_400_000;
/** Reminders 14 and 3 days before a report is due. */
const WINDOWS = [3, 14];

/** Reports the member still owes whose deadline is near. */
export async function collectReportDeadlineReminders(now: Date): Promise<OutboxEntry[]> {
  const linked = byMember(await findLinkedRepresentatives({ everyMember: true }, now));
  if (linked.size === 0) return [];
  const reports = await findOutstandingReportsDue(
    [...linked.keys()],
    new Date(now.getTime() - DAY_MS),
    new Date(now.getTime() + (Math.max(...WINDOWS) + 1) * DAY_MS),
  );
  return reports.flatMap((report) => {
    const occasion = reminderWindow(deadlineOf(report.dueAt, now).daysLeft, WINDOWS);
    if (!occasion) return [];
    const reportId = String(report._id);
    return reminderEntries(
      {
        kind: REMINDER_KINDS.reportDeadline,
        setting: 'reportDeadlines',
        about: reportId,
        occasion,
        payload: { reportId },
      },
      linked.get(String(report.memberId)) ?? [],
    );
  });
}
