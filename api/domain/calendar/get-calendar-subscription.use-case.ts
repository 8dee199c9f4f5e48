import { findOrCreateFeedToken } from './calendar-feeds.repository.js';

/** The secret token of the representative's calendar address, for their calendar app to subscribe to. */
export async function getCalendarSubscription(representativeId: string): Promise<{ token: string }> {
  return { token: await findOrCreateFeedToken(representativeId) };
}
