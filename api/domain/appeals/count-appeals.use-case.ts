import { findOpenAppeals } from './appeals-inbox.repository.js';
import { appealWorkload } from './appeal-workload.js';

export interface AppealCounts {
  new: number;
  overdue: number;
  /** Open appeals assigned to the caller. */
  mine: number;
}

/** The figures beside the inbox in the staff app's menu. */
export async function countAppeals(staffId: string, now = new Date()): Promise<AppealCounts> {
  const workload = appealWorkload(await findOpenAppeals(), now);
  return { new: workload.new, overdue: workload.overdue, mine: workload.byExpert.get(staffId)?.open ?? 0 };
}
