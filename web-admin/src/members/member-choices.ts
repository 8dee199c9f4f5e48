/** The codes of the registry, as api/domain declares them; their Russian names are in messages.ts. */
export const MEMBER_STATUSES = ['member', 'suspended', 'excluded'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const MEMBER_KINDS = ['legal', 'individual'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export const WORK_KINDS = ['construction', 'reconstruction', 'majorRepair', 'demolition'] as const;
export const OBJECT_KINDS = ['ordinary', 'dangerous', 'nuclear'] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];
export const WORK_RIGHT_STATUSES = ['active', 'suspended'] as const;

export const FUNDS = ['vv', 'odo'] as const;
export type Fund = (typeof FUNDS)[number];
export const LEVELS = [0, 1, 2, 3, 4, 5] as const;

export const INSPECTION_KINDS = ['planned', 'unplanned'] as const;
export const INSPECTION_STATUSES = ['scheduled', 'in_progress', 'completed', 'cancelled'] as const;
export const CONTRACT_STATUSES = ['in_force', 'completed', 'terminated'] as const;
export const PROCUREMENT_KINDS = ['44-FZ', '223-FZ', '615-PP', 'other'] as const;
export const INSURANCE_KINDS = ['civil_liability', 'contract_risk', 'other'] as const;
export const REPORT_KINDS = ['annual_odo_notice', 'activity'] as const;
export const REPORT_STATUSES = ['expected', 'submitted', 'accepted', 'rejected'] as const;
