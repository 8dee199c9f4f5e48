import { createHash } from 'node:crypto';
import { findAccountHolder } from '../accounts/account-holder.repository.js';
import { checkAccess } from '../representatives/sign-in-eligibility.js';
import { DomainError } from '../shared/domain-error.js';
import type { CalendarEntry } from './calendar-entry.js';
import { findFeedByToken, recordFeedVersion } from './calendar-feeds.repository.js';
import { listCalendarEntries } from './list-calendar-entries.js';

export interface CalendarFeedContent {
  name: string;
  entries: CalendarEntry[];
}

/** The feed as text, with what tells a calendar app whether it changed since its last fetch. */
export interface PublishedCalendarFeed {
  text: string;
  /** A strong hash of the text. */
  version: string;
  /** When the feed last changed (whole seconds). */
  changedAt: Date;
}

const UNKNOWN =
  'Календарь не найден: адрес неверный или был заменён. Возьмите новый адрес в личном кабинете.';

/**
 * The calendar behind a secret address, written by `render` (iCalendar). The person's standing is checked on every
 * refresh, so an excluded member, a suspended person or an expired authority stops getting dates at once.
 */
export async function buildCalendarFeed(
  token: string,
  render: (content: CalendarFeedContent) => string,
  now = new Date(),
): Promise<PublishedCalendarFeed> {
  const feed = await findFeedByToken(token);
  const holder = feed && (await findAccountHolder(feed._id));
  if (!feed || !holder) throw new DomainError('not_found', UNKNOWN);
  const access = checkAccess({ ...holder, now });
  if (!access.allowed) throw new DomainError('gone', access.message, { reason: access.reason });
  const text = render({
    name: `СРО — ${holder.member.shortName}`,
    entries: await listCalendarEntries(holder.member._id, now),
  });
  const version = createHash('sha256').update(text).digest('base64url');
  return { text, version, changedAt: await recordFeedVersion(feed, version, now) };
}
