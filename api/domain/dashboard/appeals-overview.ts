import { staffNamesByIds, type StaffName } from '../appeals/appeals-inbox.repository.js';
import { currentAppealWorkload, type AppealLoad } from '../appeals/appeal-workload.js';

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
  const workload = await currentAppealWorkload(now);
  const experts = await staffNamesByIds(workload.byExpert.map((load) => load.expertId));
  const byExpert = workload.byExpert.map(({ expertId, open, overdue }) => ({
    expert: (expertId && experts.get(expertId)) || null,
    open,
    overdue,
  }));
  byExpert.sort((a, b) => b.open - a.open || b.overdue - a.overdue);
  return { new: workload.new, open: workload.open, overdue: workload.overdue, byExpert };
}
