import { cachedRead } from '../../db/read-cache.js';
import type { Appeal } from './appeal.model.js';
import { AppealModel } from './appeal.model.js';
import { isAppealOverdue } from './appeal-status.js';
import { findOpenAppeals } from './appeals-inbox.repository.js';

/** What the workload is counted from: an open appeal's status, answer deadline and expert. */
export type OpenAppealBrief = Pick<Appeal, 'status' | 'dueAt' | 'assignedExpertId'>;

export interface AppealLoad {
  open: number;
  /** Open and past the answer deadline, as the inbox marks them. */
  overdue: number;
}

export interface ExpertAppealLoad extends AppealLoad {
  /** null: nobody assigned yet. */
  expertId: string | null;
}

export interface AppealWorkload extends AppealLoad {
  /** Filed and not yet taken up (status `submitted`). */
  new: number;
  byExpert: ExpertAppealLoad[];
  /** The next answer deadline of an open appeal still to come: the figures hold until then. */
  nextDueAt: Date | null;
}

/** The open appeals counted as the inbox shows them: in all, new, overdue, and per expert. */
export function appealWorkload(openAppeals: readonly OpenAppealBrief[], now: Date): AppealWorkload {
  const workload: AppealWorkload = { new: 0, open: 0, overdue: 0, byExpert: [], nextDueAt: null };
  const byExpert = new Map<string | null, ExpertAppealLoad>();
  for (const appeal of openAppeals) {
    const overdue = isAppealOverdue(appeal, now) ? 1 : 0;
    const expertId = appeal.assignedExpertId ? String(appeal.assignedExpertId) : null;
    const load = byExpert.get(expertId) ?? { expertId, open: 0, overdue: 0 };
    byExpert.set(expertId, { expertId, open: load.open + 1, overdue: load.overdue + overdue });
    workload.open += 1;
    workload.overdue += overdue;
    if (appeal.status === 'submitted') workload.new += 1;
    if (!overdue && (!workload.nextDueAt || appeal.dueAt < workload.nextDueAt))
      workload.nextDueAt = appeal.dueAt;
  }
  workload.byExpert = [...byExpert.values()];
  return workload;
}

/**
 * The workload now, through the read cache: the staff app's menu asks for it every minute in every open tab. It is
 * kept until an appeal is written or the next answer deadline passes, whichever comes first.
 */
export function currentAppealWorkload(now = new Date()): Promise<AppealWorkload> {
  return cachedRead(
    'staff-appeal-workload',
    { collections: [AppealModel.collection.collectionName] },
    (workload) => (workload.nextDueAt ? workload.nextDueAt.getTime() - Date.now() : Number.POSITIVE_INFINITY),
    async () => appealWorkload(await findOpenAppeals(), now),
  );
}
