import { findAccountHolder } from '../accounts/account-holder.repository.js';
import { checkAccess } from '../representatives/sign-in-eligibility.js';
import { DomainError } from '../shared/domain-error.js';
import type { CalendarEntry } from './calendar-entry.js';
import { findFeedByToken } from './calendar-feeds.repository.js';
import { listCalendarEntries } from './list-calendar-entries.js';

export interface CalendarFeedContent {
  name: string;
  entries: CalendarEntry[];
}

const UNKNOWN =
  'Календарь не найден: адрес неверный или был заменён. Возьмите новый адрес в личном кабинете.';

/**
 * The calendar behind a secret address. The person's standing is checked on every refresh, so an excluded member,
 * a suspended person or an expired authority stops getting dates at once.
 */
export async function buildCalendarFeed(token: string, now = new Date()): Promise<CalendarFeedContent> {
  const feed = await findFeedByToken(token);
  const holder = feed && (await findAccountHolder(feed._id));
  if (!holder) throw new DomainError('not_found', UNKNOWN);
  const access = checkAccess({ ...holder, now });
  if (!access.allowed) throw new DomainError('gone', access.message, { reason: access.reason });
  return {
    name: `СРО — ${holder.member.shortName}`,
    entries: await listCalendarEntries(holder.member._id, now),
  };
}
