import type { MemberBrief } from '../registry/registry-members.repository.js';

/** A member that needs staff's attention, and why in a few Russian words. */
export interface MemberAlert {
  member: MemberBrief;
  detail: string;
  /** Larger is worse. */
  severity: number;
}

export interface AlertSummary {
  count: number;
  /** The worst few, the worst first. */
  members: MemberAlert[];
}

export const TOP_ALERTS = 5;

export function worstFirst(alerts: readonly MemberAlert[]): AlertSummary {
  const sorted = [...alerts].sort((a, b) => b.severity - a.severity);
  return { count: alerts.length, members: sorted.slice(0, TOP_ALERTS) };
}
