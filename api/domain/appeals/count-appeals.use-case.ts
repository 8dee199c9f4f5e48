import { currentAppealWorkload } from './appeal-workload.js';

export interface AppealCounts {
  new: number;
  overdue: number;
  /** Open appeals assigned to the caller. */
  mine: number;
}

/** The figures beside the inbox in the staff app's menu. */
export async function countAppeals(staffId: string, now = new Date()): Promise<AppealCounts> {
  const workload = await currentAppealWorkload(now);
  const mine = workload.byExpert.find((load) => load.expertId === staffId)?.open ?? 0;
  return { new: workload.new, overdue: workload.overdue, mine };
}
