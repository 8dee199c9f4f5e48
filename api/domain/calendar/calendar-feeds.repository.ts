import type { Types } from 'mongoose';
import { isDuplicateKeyError } from '../shared/mongo-errors.js';
import { newSecretToken } from '../shared/secret-token.js';
import { CalendarFeedModel, type CalendarFeed } from './calendar-feed.model.js';

type Id = Types.ObjectId | string;

/** The person's feed token, made on first use. */
export async function findOrCreateFeedToken(representativeId: Id): Promise<string> {
  const existing = await CalendarFeedModel.findById(representativeId).lean<CalendarFeed>();
  if (existing) return existing.token;
  try {
    return (await CalendarFeedModel.create({ _id: representativeId, token: newSecretToken() })).token;
  } catch (error) {
    if (!isDuplicateKeyError(error)) throw error;
    return (await CalendarFeedModel.findById(representativeId).lean<CalendarFeed>())!.token;
  }
}

/** A new token; the old address stops working at once. */
export async function replaceFeedToken(representativeId: Id): Promise<string> {
  const token = newSecretToken();
  await CalendarFeedModel.updateOne({ _id: representativeId }, { $set: { token } }, { upsert: true });
  return token;
}

/** Ends the person's feed address (after a password change); the next one is made when they ask for it. */
export async function deleteFeed(representativeId: Id): Promise<void> {
  await CalendarFeedModel.deleteOne({ _id: representativeId });
}

export function findFeedByToken(token: string): Promise<CalendarFeed | null> {
  return CalendarFeedModel.findOne({ token }).lean<CalendarFeed>();
}

/**
 * Notes that the feed now reads as `version` and answers since when it has: `now` when the version is new (at
 * least a second after the previous change, since HTTP dates count whole seconds), the stored time otherwise.
 */
export async function recordFeedVersion(feed: CalendarFeed, version: string, now: Date): Promise<Date> {
  if (feed.version === version && feed.changedAt) return feed.changedAt;
  const previous = feed.changedAt ? Math.floor(feed.changedAt.getTime() / 1000) + 1 : 0;
  const changedAt = new Date(Math.max(Math.floor(now.getTime() / 1000), previous) * 1000);
  await CalendarFeedModel.updateOne({ _id: feed._id, token: feed.token }, { $set: { version, changedAt } });
  return changedAt;
}
