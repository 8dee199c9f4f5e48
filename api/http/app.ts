import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import express, { type Express } from 'express';
import { accountPagesRouter } from './account-pages/account-pages.router.js';
import { adminAppRouter } from './admin-app/admin-app.router.js';
import { ApiRouter } from './api-router.js';
import { registerAppealsRoutes } from './appeals/appeals.router.js';
import { registerAuthRoutes } from './auth/auth.router.js';
import { calendarFeedRouter, describeCalendarFeed } from './calendar/calendar-feed.router.js';
import { registerCalendarRoutes } from './calendar/calendar.router.js';
import { registerCabinetRoutes } from './cabinet/cabinet.router.js';
import { healthRouter } from './health/health.router.js';
import type { HttpDeps } from './http-deps.js';
import { authenticate } from './middlewares/authenticate.js';
import { refuseCrossSiteChanges } from './middlewares/cross-site.js';
import { errorHandler, notFoundHandler } from './middlewares/errors.js';
import { requestLogger } from './middlewares/request-logger.js';
import { rememberRouteBase, requestMetrics } from './middlewares/request-metrics.js';
import { securityHeaders } from './middlewares/security-headers.js';
import { registerColleaguesRoutes } from './staff-directory/colleagues.router.js';
import { registerStaffCorrespondenceRoutes } from './staff-appeals/staff-correspondence.router.js';
import { registerStaffDashboardRoutes } from './staff-dashboard/dashboard.router.js';
import { registerDeliveriesRoutes } from './staff-deliveries/deliveries.router.js';
import { registerJobRoutes } from './staff-jobs/jobs.router.js';
import { registerRegulationVersionRoutes } from './staff-regulation/regulation-versions.router.js';
import { registerStaffRepresentativesRoutes } from './staff-representatives/staff-representatives.router.js';
import { registerStaffRegistryRoutes } from './staff-registry/staff-registry.router.js';
import { registerTelegramRoutes } from './telegram/telegram.router.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { useRussianValidationMessages } from './validation/russian-issues.js';

export type { HttpDeps };

export const API_BASE = '/api/v1';

/** One registration function per resource folder; each adds its routes (and their OpenAPI description). */
const RESOURCES: ((api: ApiRouter, deps: HttpDeps) => void)[] = [
  registerCabinetRoutes,
  registerAuthRoutes,
  registerStaffRepresentativesRoutes,
  registerAppealsRoutes,
  registerStaffCorrespondenceRoutes,
  registerStaffRegistryRoutes,
  registerColleaguesRoutes,
  registerStaffDashboardRoutes,
  registerRegulationVersionRoutes,
  registerDeliveriesRoutes,
  registerJobRoutes,
  registerTelegramRoutes,
  registerCalendarRoutes,
];

/** The HTTP face: API, health and pages; listening is the caller's business. */
export function createApp(deps: HttpDeps): Express {
  useRussianValidationMessages();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy ?? ['loopback']);
  app.set('query parser', 'simple');
  if (deps.metrics) app.use(requestMetrics(deps.metrics));
  app.use(requestLogger(deps.log));
  app.use(securityHeaders(deps.publicUrl));
  app.use(healthRouter({ db: deps.db, redis: deps.redis, lifecycle: deps.lifecycle }));
  app.use(accountPagesRouter(deps));
  app.use(calendarFeedRouter(deps));
  app.use(adminAppRouter(deps.adminAppDir ?? null, deps.publicUrl));

  const registry = new OpenAPIRegistry();
  const api = new ApiRouter(registry, API_BASE, deps.botToken ?? null);
  for (const register of RESOURCES) register(api, deps);
  describeCalendarFeed(registry);
  const openApiDocument = buildOpenApiDocument(registry, deps.publicUrl);
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });
  app.use(
    API_BASE,
    rememberRouteBase,
    refuseCrossSiteChanges(deps.publicUrl),
    express.json({ limit: '100kb' }),
    authenticate,
    api.router,
  );

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
