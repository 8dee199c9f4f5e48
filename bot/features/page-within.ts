import { pageCount } from '../keyboards/navigation.js';

/** A page of a list and how many pages it has; a page past the end (the list shrank since) gives the last one. */
export async function pageWithin<T extends { total: number; items: unknown[] }>(
  fetch: (page: number) => Promise<T>,
  page: number,
  perPage: number,
): Promise<{ list: T; pages: number }> {
  const list = await fetch(page);
  const pages = pageCount(list.total, perPage);
  if (list.items.length > 0 || page <= pages) return { list, pages };
  return { list: await fetch(pages), pages };
}
