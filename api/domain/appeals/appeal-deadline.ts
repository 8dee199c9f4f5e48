const MS_PER_DAY = 86_400_000;

/** The SRO answers an appeal within 14 calendar days of filing (kept simple: no calendar of working days). */
export const APPEAL_ANSWER_DAYS = 14;

export const appealDueAt = (filedAt: Date) => new Date(filedAt.getTime() + APPEAL_ANSWER_DAYS * MS_PER_DAY);
