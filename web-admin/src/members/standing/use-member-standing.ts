import { useQuery } from '@tanstack/react-query';
import type { Identifier } from 'react-admin';
import { apiFetch } from '../../providers/http';

export type OdoState = 'ok' | 'warning' | 'exceeded' | 'no_level' | 'unlimited';

/** GET /staff/members/:id/standing: the figures the member sees in the cabinet, by the same rules. */
export interface MemberStanding {
  funds: {
    fund: 'vv' | 'odo';
    level: number | null;
    requiredContribution: number | null;
    paid: number;
    shortfall: number | null;
  }[];
  obligations: {
    level: number | null;
    total: number;
    cap: number | null;
    usagePercent: number | null;
    headroom: number | null;
    state: OdoState;
    stateLabel: string;
    warningThresholdPercent: number;
  };
  dues: {
    accrued: number;
    paid: number;
    debt: number;
    overpayment: number;
    overdueAmount: number;
    daysOverdue: number;
  };
}

/** Under the members resource, so that react-admin's refresh after a record's change renews the figures. */
export const useMemberStanding = (memberId: Identifier | undefined) =>
  useQuery({
    queryKey: ['members', 'standing', memberId],
    enabled: memberId !== undefined,
    queryFn: () => apiFetch<MemberStanding>(`/staff/members/${String(memberId)}/standing`),
  });
