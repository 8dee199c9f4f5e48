import { Router } from 'express';
import type { Database } from '../../db/connection.js';

export function healthRouter(db: Pick<Database, 'isReachable'>): Router {
  return Router().get('/healthz', async (_req, res) => {
    const reachable = await db.isReachable();
    res.status(reachable ? 200 : 503).json({ status: reachable ? 'ok' : 'unavailable', mongodb: reachable });
  });
}
