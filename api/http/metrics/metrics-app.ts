import express, { type Express } from 'express';
import type { Metrics } from '../../metrics/metrics.js';
import { healthRouter } from '../health/health.router.js';
import type { ReadinessDeps } from '../health/readiness.js';

export interface MetricsAppDeps extends ReadinessDeps {
  metrics: Metrics;
}

/**
 * The internal port (METRICS_PORT) of every process, whatever its roles: `/metrics` for Prometheus, and `/healthz`
 * and `/readyz` for the container runtime. It has no authentication: keep it off the public network.
 */
export function createMetricsApp(deps: MetricsAppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRouter(deps));
  app.get('/metrics', async (_req, res) => {
    const text = await deps.metrics.registry.metrics();
    res.set('Content-Type', deps.metrics.registry.contentType).set('Cache-Control', 'no-store').send(text);
  });
  app.use((_req, res) => {
    res.status(404).json({ status: 'not found' });
  });
  return app;
}
