/** A page of a list: 1-based `page`, at most `perPage` items, and the total count for the pager. */
export interface PageRequest {
  page: number;
  perPage: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  perPage: number;
}

export const skipFor = ({ page, perPage }: PageRequest) => (page - 1) * perPage;
