import type { Appeal } from './appeal.model.js';
import { isAppealOverdue } from './appeal-status.js';

/** What the workload is counted from: an open appeal's status, answer deadline and expert. */
export type OpenAppealBrief = Pick<Appeal, 'status' | 'dueAt' | 'assignedExpertId'>;

export interface AppealLoad {
  open: number;
  /** Open and past the answer deadline, as the inbox marks them. */
  overdue: number;
}

export interface AppealWorkload extends AppealLoad {
  /** Filed and not yet taken up (status `submitted`). */
  new: number;
  /** By the assigned expert's id; null: nobody assigned yet. */
  byExpert: Map<string | null, AppealLoad>;
}

/** The open appeals counted as the inbox shows them: in all, new, overdue, and per expert. */
export function appealWorkload(openAppeals: readonly OpenAppealBrief[], now: Date): AppealWorkload {
  const workload: AppealWorkload = { new: 0, open: 0, overdue: 0, byExpert: new Map() };
  for (const appeal of openAppeals) {
    const overdue = isAppealOverdue(appeal, now) ? 1 : 0;
    const expertId = appeal.assignedExpertId ? String(appeal.assignedExpertId) : null;
    const load = workload.byExpert.get(expertId) ?? { open: 0, overdue: 0 };
    workload.byExpert.set(expertId, { open: load.open + 1, overdue: load.overdue + overdue });
    workload.open += 1;
    workload.overdue += overdue;
    if (appeal.status === 'submitted') workload.new += 1;
  }
  return workload;
}
