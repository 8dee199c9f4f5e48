import { useGetList } from 'react-admin';
import type { LevelRow } from '../member';
import type { Fund } from '../member-choices';

/** The level table staff maintain (a dozen rows), read once per page. */
export function useLevelTable() {
  const { data = [], isPending } = useGetList<LevelRow>('levels', { pagination: { page: 1, perPage: 100 } });
  const rowOf = (fund: Fund, level: number | null | undefined) =>
    level === null || level === undefined
      ? undefined
      : data.find((row) => row.fund === fund && row.level === level);
  const rowsOf = (fund: Fund) => data.filter((row) => row.fund === fund).sort((a, b) => a.level - b.level);
  return { rowOf, rowsOf, isPending };
}
