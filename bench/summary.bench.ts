/**
 * What the cabinet's main screen costs: throughput of GET /api/v1/cabinet/summary against a bare route of the same
 * app, and its latency at a steady 200 requests per second. Run with `npx tsx bench/summary.bench.ts`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express, RequestHandler } from 'express';
import { Redis } from 'ioredis';
import { resolveSession } from '../api/domain/sessions/resolve-session.use-case.js';
import { createApp } from '../api/http/app.js';
import { notFoundHandler } from '../api/http/middlewares/errors.js';
import { createLogger } from '../api/logger.js';
import { measureLatency, measureThroughput } from './load.js';
import { startBenchServices } from './bench-services.js';

const THROUGHPUT_TARGET = 0.35;
const P95_TARGET_MS = 50;
const STEADY_RATE = 200;

/**
 * GET /bare goes through the app's own middlewares (request log, helmet) and nothing else: the ceiling to compare
 * with. GET /bare-session adds only the session check every representative's route makes: the floor of the API.
 */
function addBareRoutes(app: Express, token: string): void {
  app.get('/bare', (_req, res) => {
    res.json({ ok: true });
  });
  app.get('/bare-session', async (_req, res) => {
    await resolveSession(token);
    res.json({ ok: true });
  });
  const stack = (app as unknown as { router: { stack: { handle: RequestHandler }[] } }).router.stack;
  const added = stack.splice(-2);
  stack.splice(
    stack.findIndex((layer) => layer.handle === notFoundHandler),
    0,
    ...added,
  );
}

const stops: (() => Promise<unknown>)[] = [];
const log = createLogger('info');
try {
  const {
    db,
    hasher,
    sessionToken: token,
    redisUrl,
    kinds,
    readCache,
  } = await startBenchServices('sro-bench', log, stops);
  const redisClient = new Redis(redisUrl);
  stops.push(async () => redisClient.disconnect());

  const app = createApp({
    db,
    log: createLogger('silent'),
    publicUrl: 'http://bench.local',
    hasher,
    redis: redisClient,
  });
  addBareRoutes(app, token);
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(() => new Promise((resolve) => server.close(resolve)));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const summary = { url: `${base}/api/v1/cabinet/summary`, headers: { authorization: `Bearer ${token}` } };

  log.info('bench: measuring, about 60 s');
  const bare = await measureThroughput({ url: `${base}/bare` });
  const session = await measureThroughput({ url: `${base}/bare-session` });
  const full = await measureThroughput(summary);
  const latency = await measureLatency(summary, STEADY_RATE);
  readCache.off();
  const uncachedSession = await measureThroughput({ url: `${base}/bare-session` });
  const uncached = await measureThroughput(summary);
  readCache.on();

  const share = (rate: number) => `${((rate / bare.requestsPerSecond) * 100).toFixed(1)} %`;
  const met = (ok: boolean) => (ok ? 'yes' : 'NO');
  const ratio = full.requestsPerSecond / bare.requestsPerSecond;
  console.table([
    {
      measure: 'GET /bare, req/s (10 connections, 10 s)',
      value: bare.requestsPerSecond.toFixed(0),
      target: '',
    },
    {
      measure: 'GET /bare-session (session check only), req/s',
      value: `${session.requestsPerSecond.toFixed(0)} (${share(session.requestsPerSecond)})`,
      target: '',
    },
    {
      measure: 'GET /api/v1/cabinet/summary, req/s',
      value: `${full.requestsPerSecond.toFixed(0)} (${share(full.requestsPerSecond)})`,
      target: `≥ 35 % of bare: ${met(ratio >= THROUGHPUT_TARGET)}`,
    },
    { measure: `summary at ${STEADY_RATE} req/s: p50, ms`, value: latency.p50.toFixed(1), target: '' },
    {
      measure: `summary at ${STEADY_RATE} req/s: p95, ms`,
      value: latency.p95.toFixed(1),
      target: `< ${P95_TARGET_MS}: ${met(latency.p95 < P95_TARGET_MS)}`,
    },
    { measure: `summary at ${STEADY_RATE} req/s: p99, ms`, value: latency.p99.toFixed(1), target: '' },
    {
      measure: 'read cache off: GET /bare-session, req/s',
      value: `${uncachedSession.requestsPerSecond.toFixed(0)} (${share(uncachedSession.requestsPerSecond)})`,
      target: '',
    },
    {
      measure: 'read cache off: GET /api/v1/cabinet/summary, req/s',
      value: `${uncached.requestsPerSecond.toFixed(0)} (${share(uncached.requestsPerSecond)})`,
      target: '',
    },
  ]);
  console.log(
    `database: ${kinds.mongo}; summary responses timed at ${STEADY_RATE} req/s: ${latency.answered}`,
  );
  const failures = [bare, session, full, latency, uncachedSession, uncached].reduce(
    (sum, run) => sum + run.failures,
    0,
  );
  if (failures > 0) console.log(`${failures} requests failed or answered other than 2xx`);
  process.exitCode = failures > 0 ? 1 : 0;
} catch (error) {
  log.error({ err: error }, 'benchmark failed');
  process.exitCode = 1;
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
}
