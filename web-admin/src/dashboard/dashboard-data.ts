import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../providers/http';

export interface TopMember {
  id: string;
  shortName: string;
  inn: string;
  detail: string;
}

export interface MembersCount {
  count: number;
  members: TopMember[];
}

/** GET /staff/dashboard: today's work at a glance. */
export interface DashboardData {
  appeals: {
    new: number;
    overdue: number;
    open: number;
    byExpert: { expert: { id: string; fullName: string } | null; open: number; overdue: number }[];
  };
  duesDebtors: MembersCount;
  odoAboveWarning: MembersCount;
  insuranceExpiring: MembersCount;
  failedDeliveries: number;
  generatedAt: string;
}

export const useDashboard = () =>
  useQuery({
    queryKey: ['dashboard'],
    queryFn: () => apiFetch<DashboardData>('/staff/dashboard'),
    refetchInterval: 60_000,
  });
