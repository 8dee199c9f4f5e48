import type { FilterQuery, Model, PopulateOptions, SortOrder } from 'mongoose';
import { skipFor, type Page, type PageRequest } from './page.js';
import type { Plain } from './plain.js';

export interface PageQuery<TRaw> {
  filter: FilterQuery<TRaw>;
  /** End with `_id` so that equal keys keep one order and pages neither repeat nor skip items. */
  sort: Record<string, SortOrder>;
  select?: Record<string, 0 | 1>;
  populate?: PopulateOptions;
}

/** One page of a lean query and the total count for the pager, read in parallel. */
export async function findPage<TRaw, TQueryHelpers, TMethods, TVirtuals, THydrated>(
  model: Model<TRaw, TQueryHelpers, TMethods, TVirtuals, THydrated>,
  query: PageQuery<TRaw>,
  page: PageRequest,
): Promise<Page<Plain<TRaw>>> {
  const find = model
    .find(query.filter)
    .select(query.select ?? {})
    .sort(query.sort)
    .skip(skipFor(page))
    .limit(page.perPage);
  if (query.populate) find.populate(query.populate);
  const [items, total] = await Promise.all([find.lean<Plain<TRaw>[]>(), model.countDocuments(query.filter)]);
  return { items, total, page: page.page, perPage: page.perPage };
}
