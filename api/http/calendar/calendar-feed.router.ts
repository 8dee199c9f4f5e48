import { Router } from 'express';
import { buildCalendarFeed } from '../../domain/calendar/build-calendar-feed.use-case.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { HttpDeps } from '../http-deps.js';
import { renderCalendarFeed } from './calendar-feed.view.js';

/** Tokens are 43 characters of A-Z, a-z, 0-9, `_` and `-`; anything else is no calendar. */
const FEED_TOKEN = /^[\w-]{43}$/;

/**
 * GET /calendar/<token>.ics, outside /api/v1: calendar apps subscribe to it without a session, the secret address
 * being the key. An unknown address answers 404, a refused account 410.
 */
export function calendarFeedRouter(deps: HttpDeps): Router {
  return Router().get('/calendar/:token.ics', async (req, res) => {
    const token = req.params.token ?? '';
    if (!FEED_TOKEN.test(token)) throw new DomainError('not_found', 'Календарь не найден.');
    const feed = await buildCalendarFeed(token);
    res
      .type('text/calendar; charset=utf-8')
      .set('Cache-Control', 'private, max-age=300')
      .set('Content-Disposition', 'inline; filename="sro-calendar.ics"')
      .send(renderCalendarFeed(feed, deps.publicUrl));
  });
}
