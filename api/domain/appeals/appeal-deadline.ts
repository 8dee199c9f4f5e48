import type { AppealCategory } from './appeal-category.js';

const MS_PER_DAY = 86_400_000;

/**
 * Calendar days the SRO has to answer, by category (kept simple: no calendar of working days): a registry extract in
 * three working days (Town-Planning Code art. 55.17), accounting documents in ten working days, the rest in 30 days.
 */
export const APPEAL_ANSWER_DAYS: Record<AppealCategory, number> = {
  inspection: 30,
  odo_contracts: 30,
  level_change: 30,
  work_right_change: 30,
  insurance: 30,
  registry_extract: 5,
  accounting_documents: 14,
  other: 30,
};

export const appealDueAt = (filedAt: Date, category: AppealCategory) =>
  new Date(filedAt.getTime() + APPEAL_ANSWER_DAYS[category] * MS_PER_DAY);
