import { findOpenAppeals, staffNamesByIds, type StaffName } from '../appeals/appeals-inbox.repository.js';
import { appealWorkload, type AppealLoad } from '../appeals/appeal-workload.js';

export interface ExpertLoad extends AppealLoad {
  /** null: appeals nobody is assigned to yet. */
  expert: StaffName | null;
}

export interface AppealsOverview extends AppealLoad {
  new: number;
  /** The busiest first. */
  byExpert: ExpertLoad[];
}

/** The open appeals in all and by expert, as the inbox counts them. */
export async function appealsOverview(now: Date): Promise<AppealsOverview> {
  const workload = appealWorkload(await findOpenAppeals(), now);
  const experts = await staffNamesByIds([...workload.byExpert.keys()]);
  const byExpert = [...workload.byExpert].map(([expertId, load]) => ({
    expert: (expertId && experts.get(expertId)) || null,
    ...load,
  }));
  byExpert.sort((a, b) => b.open - a.open || b.overdue - a.overdue);
  return { new: workload.new, open: workload.open, overdue: workload.overdue, byExpert };
}
