import { replaceFeedToken } from './calendar-feeds.repository.js';

/** A new calendar address, e.g. when the old one was shared by mistake; the old one stops working. */
export async function rotateCalendarSubscription(representativeId: string): Promise<{ token: string }> {
  return { token: await replaceFeedToken(representativeId) };
}
