import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Database } from '../db/connection.js';
import type { Logger } from '../logger.js';
import { healthRouter } from './health/health.router.js';
import { errorHandler, notFoundHandler } from './middlewares/errors.js';
import { requestLogger } from './middlewares/request-logger.js';

export interface AppDeps {
  db: Pick<Database, 'isReachable'>;
  log: Logger;
}

/** The HTTP face: API, health and static pages; listening is the caller's business. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestLogger(deps.log));
  app.use(helmet());
  app.use(healthRouter(deps.db));
  app.use(express.json({ limit: '100kb' }));
  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
