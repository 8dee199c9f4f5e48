/** Ordinary objects; especially dangerous and technically complex ones; nuclear facilities. */
export const OBJECT_KINDS = ['ordinary', 'dangerous', 'nuclear'] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];
export const WORK_RIGHT_STATUSES = ['active', 'suspended'] as const;
export type WorkRightStatus = (typeof WORK_RIGHT_STATUSES)[number];
