import { useQuery } from '@tanstack/react-query';
import { useDataProvider, type Identifier, type RaRecord } from 'react-admin';

const PAGE = 100;

/**
 * Every record of one kind of a member, page after page, for totals the API does not answer to staff (the dues debt,
 * the ОДО obligations, the fund contributions). Keyed under the resource, so that react-admin's refresh renews it.
 */
export function useAllRecords<T extends RaRecord>(resource: string, memberId: Identifier | undefined) {
  const dataProvider = useDataProvider();
  return useQuery({
    queryKey: [resource, 'all', memberId],
    enabled: memberId !== undefined,
    queryFn: async () => {
      const all: T[] = [];
      for (let page = 1; ; page += 1) {
        const { data, total = 0 } = await dataProvider.getList<T>(resource, {
          filter: { memberId },
          pagination: { page, perPage: PAGE },
          sort: { field: 'id', order: 'ASC' },
        });
        all.push(...data);
        if (data.length < PAGE || all.length >= total) return all;
      }
    },
  });
}
