import { createHash } from 'node:crypto';
import type { Types } from 'mongoose';
import { readCache, writeCache } from '../../db/read-cache.js';
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

/** As long as the read cache keeps anything; the feed reaches 90 days back, so a few seconds' drift is nothing. */
const CACHE_MS = 30_000;

type RenderFeed = (content: CalendarFeedContent) => string;

/**
 * The member's feed as text with its hash, through the read cache: every write to the member's dated items, to the
 * events or to the member replaces a generation the entry was stored under, so a cached feed is never stale. A
 * calendar app refreshes hourly and a member's representatives share one feed's text: most fetches are hits.
 */
async function memberFeed(member: { _id: Types.ObjectId; shortName: string }, render: RenderFeed, now: Date) {
  const memberId = String(member._id);
  const key = `calendar-feed:${memberId}`;
  const cached = await readCache<{ text: string; version: string }>(key, { memberId });
  if (cached.value) return cached.value;
  const text = render({
    name: `СРО — ${member.shortName}`,
    entries: await listCalendarEntries(member._id, now),
  });
  const feed = { text, version: createHash('sha256').update(text).digest('base64url') };
  await writeCache(key, feed, cached.stamp, CACHE_MS);
  return feed;
}

const UNKNOWN =
  'Календарь не найден: адрес неверный или был заменён. Возьмите новый адрес в личном кабинете.';

/**
 * The calendar behind a secret address, written by `render` (iCalendar). The person's standing is checked on every
 * refresh, so an excluded member, a suspended person or an expired authority stops getting dates at once.
 */
export async function buildCalendarFeed(
  token: string,
  render: RenderFeed,
  now = new Date(),
): Promise<PublishedCalendarFeed> {
  const feed = await findFeedByToken(token);
  const holder = feed && (await findAccountHolder(feed._id));
  if (!feed || !holder) throw new DomainError('not_found', UNKNOWN);
  const access = checkAccess({ ...holder, now });
  if (!access.allowed) throw new DomainError('gone', access.message, { reason: access.reason });
  const { text, version } = await memberFeed(holder.member, render, now);
  return { text, version, changedAt: await recordFeedVersion(feed, version, now) };
}
