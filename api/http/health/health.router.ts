import { Router } from 'express';
import { checkReadiness, type ReadinessDeps } from './readiness.js';

/**
 * `/healthz`: the process is alive and serves HTTP, whatever its dependencies do (restart it when this fails).
 * `/readyz`: it can do its work: start-up done, not stopping, MongoDB and Redis answering (send it traffic).
 */
export function healthRouter(deps: ReadinessDeps): Router {
  return Router()
    .get('/healthz', (_req, res) => {
      res.set('Cache-Control', 'no-store').json({ status: 'ok' });
    })
    .get('/readyz', async (_req, res) => {
      const readiness = await checkReadiness(deps);
      const { ready, ...checks } = readiness;
      res
        .status(ready ? 200 : 503)
        .set('Cache-Control', 'no-store')
        .json({ status: ready ? 'ready' : 'unavailable', ...checks });
    });
}
