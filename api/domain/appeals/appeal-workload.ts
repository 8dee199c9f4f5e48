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
}

/** A workload as of its reading, with the deadlines about to pass, so that it can be brought up to a later moment. */
interface StoredWorkload extends AppealWorkload {
  dueSoon: { dueAt: Date; expertId: string | null }[];
}

/** Longer than the workload is kept: every deadline that may pass while it is served is in `dueSoon`. */
const DUE_SOON_MS = 60_000;
const WORKLOAD_CACHE_MS = 30_000;

/** The open appeals counted as the inbox shows them: in all, new, overdue, and per expert. */
function countWorkload(openAppeals: readonly OpenAppealBrief[], now: Date): StoredWorkload {
  const workload: StoredWorkload = { new: 0, open: 0, overdue: 0, byExpert: [], dueSoon: [] };
  const byExpert = new Map<string | null, ExpertAppealLoad>();
  for (const appeal of openAppeals) {
    const overdue = isAppealOverdue(appeal, now) ? 1 : 0;
    const expertId = appeal.assignedExpertId ? String(appeal.assignedExpertId) : null;
    const load = byExpert.get(expertId) ?? { expertId, open: 0, overdue: 0 };
    byExpert.set(expertId, { expertId, open: load.open + 1, overdue: load.overdue + overdue });
    workload.open += 1;
    workload.overdue += overdue;
    if (appeal.status === 'submitted') workload.new += 1;
    if (!overdue && appeal.dueAt.getTime() - now.getTime() < DUE_SOON_MS) {
      workload.dueSoon.push({ dueAt: appeal.dueAt, expertId });
    }
  }
  workload.byExpert = [...byExpert.values()];
  return workload;
}

/** The stored workload at `now`: the deadlines passed since it was read are counted as overdue. */
function settle({ dueSoon, ...workload }: StoredWorkload, now: Date): AppealWorkload {
  const passed = dueSoon.filter((appeal) => appeal.dueAt < now);
  if (passed.length === 0) return workload;
  const byExpert = workload.byExpert.map((load) => ({
    ...load,
    overdue: load.overdue + passed.filter((appeal) => appeal.expertId === load.expertId).length,
  }));
  return { ...workload, overdue: workload.overdue + passed.length, byExpert };
}

/**
 * The workload now, through the read cache: the staff app's menu asks for it every minute in every open tab. It is
 * kept until an appeal is written, and brought up to the moment of each read.
 */
export async function currentAppealWorkload(now = new Date()): Promise<AppealWorkload> {
  const stored = await cachedRead(
    'staff-appeal-workload',
    { collections: [AppealModel.collection.collectionName] },
    WORKLOAD_CACHE_MS,
    async () => countWorkload(await findOpenAppeals(), new Date()),
  );
  return settle(stored, now);
}
