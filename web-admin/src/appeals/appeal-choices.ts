export const APPEAL_STATUSES = ['submitted', 'registered', 'in_progress', 'answered', 'rejected'] as const;
export const OPEN_STATUSES = ['submitted', 'registered', 'in_progress'];

export const APPEAL_CATEGORIES = [
  'inspection',
  'odo_contracts',
  'level_change',
  'work_right_change',
  'insurance',
  'registry_extract',
  'accounting_documents',
  'other',
] as const;
