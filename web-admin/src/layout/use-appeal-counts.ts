import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../providers/http';

export interface AppealCounts {
  new: number;
  overdue: number;
  mine: number;
}

/** New, overdue and my open appeals, refreshed every minute while the app is open. */
export const useAppealCounts = () =>
  useQuery({
    queryKey: ['appeal-counts'],
    queryFn: () => apiFetch<AppealCounts>('/staff/appeals/counts'),
    refetchInterval: 60_000,
  });
