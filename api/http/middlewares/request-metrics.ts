import type { Request, RequestHandler, Response } from 'express';
import type { Metrics } from '../../metrics/metrics.js';

const UNMATCHED = '(unmatched)';

/**
 * Remembers the mount path of the routers after it: Express forgets it when an error leaves the router, and the
 * route's pattern is then still complete.
 */
export const rememberRouteBase: RequestHandler = (req, res, next) => {
  res.locals.routeBase = req.baseUrl;
  next();
};

/** The route's pattern, so that every letter's address counts as one route; static files count by their folder. */
function routeOf(req: Request, res: Response): string {
  const route = req.route as { path: string | string[] } | undefined;
  if (route) {
    const path = Array.isArray(route.path) ? route.path[0]! : route.path;
    return `${(res.locals.routeBase as string | undefined) ?? req.baseUrl}${path}`;
  }
  return req.baseUrl && res.statusCode < 400 ? `${req.baseUrl}/*` : UNMATCHED;
}

/** Times every request from its arrival to the last byte of the answer (or the client going away). */
export function requestMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const stop = metrics.httpRequestDuration.startTimer({ method: req.method });
    res.once('close', () => stop({ route: routeOf(req, res), status_code: String(res.statusCode) }));
    next();
  };
}
