import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import { buildCalendarFeed } from '../../domain/calendar/build-calendar-feed.use-case.js';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { HttpDeps } from '../http-deps.js';
import { problemSchema } from '../openapi/problem.schema.js';
import { renderCalendarFeed } from './calendar-feed.view.js';

/** Tokens are 43 characters of A-Z, a-z, 0-9, `_` and `-`; anything else is no calendar. */
const FEED_TOKEN = /^[\w-]{43}$/;
/** The feed is one person's: no shared cache keeps it; a client may reuse it for 5 minutes, then asks again. */
const CACHE_CONTROL = 'private, max-age=300';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

/** The feed in the OpenAPI document, beside the /api/v1 routes. */
export function describeCalendarFeed(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'get',
    path: '/calendar/{token}.ics',
    summary:
      'Календарь представителя (iCalendar): события СРО и сроки организации; адрес из /calendar/subscription',
    tags: ['Календарь'],
    security: [],
    request: {
      params: z.object({
        token: z.string().regex(FEED_TOKEN).meta({ description: 'Секретная часть адреса подписки' }),
      }),
      headers: z.object({
        'if-none-match': z
          .string()
          .optional()
          .meta({ description: 'ETag прежнего ответа: 304, если календарь с тех пор не изменился' }),
        'if-modified-since': z
          .string()
          .optional()
          .meta({ description: 'Last-Modified прежнего ответа (когда нет If-None-Match)' }),
      }),
    },
    responses: {
      200: {
        description:
          'Лента iCalendar (RFC 5545) с часовым поясом Europe/Moscow и напоминаниями; обновлять раз в час ' +
          '(REFRESH-INTERVAL); ETag — хэш содержимого, Last-Modified — когда оно изменилось',
        content: { 'text/calendar': { schema: z.string() } },
      },
      304: { description: 'Календарь не изменился с ответа, чей ETag (или Last-Modified) прислан' },
      404: problem('Календарь не найден (адрес неизвестен или заменён)'),
      410: problem('Доступ к кабинету закрыт: календарь больше не обновляется'),
    },
  });
}

/**
 * GET /calendar/<token>.ics, outside /api/v1: calendar apps subscribe to it without a session, the secret address
 * being the key. An unknown address answers 404, a refused account 410; a feed unchanged since the client's copy
 * (If-None-Match, or If-Modified-Since alone) answers 304 without a body.
 */
export function calendarFeedRouter(deps: HttpDeps): Router {
  return Router().get('/calendar/:token.ics', async (req, res) => {
    const token = req.params.token ?? '';
    if (!FEED_TOKEN.test(token)) throw new DomainError('not_found', 'Календарь не найден.');
    const feed = await buildCalendarFeed(token, (content) => renderCalendarFeed(content, deps.publicUrl));
    res.set({
      'Cache-Control': CACHE_CONTROL,
      ETag: `"${feed.version}"`,
      'Last-Modified': feed.changedAt.toUTCString(),
    });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res
      .type('text/calendar; charset=utf-8')
      .set('Content-Disposition', 'inline; filename="sro-calendar.ics"')
      .send(feed.text);
  });
}
