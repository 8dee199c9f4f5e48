import http from 'node:http';
import path from 'node:path';
import express, { type Express } from 'express';
import { Redis } from 'ioredis';
import { ApiClient } from '../bot/api/api-client.js';
import { createBot } from '../bot/index.js';
import { startPolling } from '../bot/runtime/polling.js';
import { WEBHOOK_PATH, WebhookEndpoint } from '../bot/runtime/webhook.js';
import { createJobs } from '../jobs/index.js';
import { ConfigError, parseConfig, type Config } from './config.js';
import { connectDatabase } from './db/connection.js';
import { seedDemo } from './db/demo/seed-demo.js';
import { provisionMongo } from './db/mongo-provision.js';
import { startReadCache } from './db/read-cache.js';
import { provisionRedis } from './db/redis-provision.js';
import { createPasswordHasher } from './domain/accounts/password-hasher.js';
import { seedResponsibilityLevels } from './domain/levels/responsibility-level.repository.js';
import { ensureIndexes } from './domain/models.js';
import { ensureFirstEdition } from './domain/regulation/regulation-version.repository.js';
import { createApp } from './http/app.js';
import type { Lifecycle } from './http/health/readiness.js';
import { createMetricsApp } from './http/metrics/metrics-app.js';
import { createLogger, type Logger } from './logger.js';
import { createMetrics, type Metrics } from './metrics/metrics.js';

const SHUTDOWN_DEADLINE_MS = 10_000;

type Stop = () => Promise<void>;

/** Closes a server: no new connections, idle ones closed now, busy ones once their answer is sent. */
const closeServer = (server: http.Server) => () =>
  new Promise<void>((resolve) => {
    // A kept-alive connection busy now would carry its client's next requests for as long as they come (a proxy's
    // health checks, say): every answer from here on closes its connection.
    server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
      if (!res.headersSent) res.setHeader('Connection', 'close');
    });
    server.close(() => resolve());
    server.closeIdleConnections();
  });

async function listen(server: http.Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as { port: number }).port;
}

/** The API's app, with the bot's webhook route in front when the bot takes its updates here. */
function httpHandler(app: Express, webhook: WebhookEndpoint | null): Express {
  if (!webhook) return app;
  const root = express();
  root.disable('x-powered-by');
  root.use(webhook.router, app);
  return root;
}

/**
 * The bot role. It talks to the API over HTTP: the api role's server when it runs in this process, API_URL otherwise.
 * In webhook mode Telegram posts updates to the api role's server (the config refuses webhook mode without it).
 */
async function startBot(
  config: Config,
  log: Logger,
  redisUrl: string | null,
  apiPort: number | null,
  webhook: WebhookEndpoint | null,
  metrics: Metrics,
  stops: Stop[],
): Promise<void> {
  const token = config.telegram.token!;
  const redis = redisUrl ? new Redis(redisUrl, { enableAutoPipelining: true }) : null;
  stops.push(async () => redis?.disconnect());
  const api = new ApiClient({
    baseUrl: apiPort === null ? config.apiUrl : `http://127.0.0.1:${apiPort}/api/v1`,
    botToken: token,
  });
  stops.push(() => api.close());
  const bot = createBot({
    token,
    apiRoot: config.telegram.apiRoot,
    api,
    redis,
    log: log.child({ role: 'bot' }),
    sroPhone: config.telegram.sroPhone,
    messagesPerSecond: config.telegram.messagesPerSecond,
    metrics,
  });
  if (webhook) {
    await webhook.attach(bot, { publicUrl: config.publicUrl, secretToken: config.telegram.webhookSecret! });
    log.info(`bot: taking updates at ${config.publicUrl}${WEBHOOK_PATH}`);
    return;
  }
  const polling = await startPolling(bot);
  stops.push(polling.stop);
  log.info('bot: polling for updates');
}

/** Starts what the configuration asks for, registering each stop as soon as its part runs. */
async function startRoles(config: Config, log: Logger, lifecycle: Lifecycle, stops: Stop[]): Promise<void> {
  const metrics = createMetrics();
  const embedded = path.join(config.dataDir, config.demo ? 'demo' : 'data');
  const mongo = await provisionMongo({
    uri: config.mongodbUri,
    dataDir: embedded,
    toolsDir: path.join(config.dataDir, 'tools'),
    log,
  });
  stops.push(mongo.stop);
  const redis = await provisionRedis({
    url: config.redisUrl,
    dataDir: path.join(embedded, 'redis'),
    allowMemory: !config.production,
    log,
  });
  stops.push(redis.stop);
  const db = await connectDatabase(mongo.uri, config.demo ? 'sro-demo' : 'sro');
  stops.push(db.close);
  const redisClient = redis.url ? new Redis(redis.url, { enableAutoPipelining: true }) : null;
  stops.push(async () => redisClient?.disconnect());
  if (redisClient) {
    const onError = (error: unknown) => log.warn({ err: error }, 'read cache: Redis call failed');
    const onLookup = (kind: string, outcome: string) => metrics.readCache.inc({ kind, outcome });
    const stopReadCache = startReadCache(redisClient, db.connection.name, onError, onLookup);
    stops.push(async () => stopReadCache());
  }
  if (config.metricsPort !== null) {
    const server = http.createServer(createMetricsApp({ metrics, db, redis: redisClient, lifecycle }));
    const port = await listen(server, config.metricsPort);
    stops.push(closeServer(server));
    log.info(`metrics: /metrics, /healthz and /readyz on internal port ${port}`);
  }
  if (config.demo) await seedDemo({ now: new Date(), dataDir: config.dataDir, log });
  else {
    await ensureIndexes();
    await seedResponsibilityLevels();
    await ensureFirstEdition();
  }

  if (config.roles.has('jobs')) {
    const jobs = createJobs({
      db: db.connection.db!,
      log: log.child({ role: 'jobs' }),
      publicUrl: config.publicUrl,
      dataDir: config.dataDir,
      mail: { smtpUrl: config.smtpUrl, from: config.mailFrom },
      telegram: config.telegram,
      redis: redisClient,
      metrics,
    });
    await jobs.start();
    stops.push(() => jobs.stop(SHUTDOWN_DEADLINE_MS / 2));
  }
  const runsBot = config.roles.has('bot') && config.telegram.token !== undefined;
  if (config.roles.has('bot') && !runsBot) log.info('bot: off, because TELEGRAM_BOT_TOKEN is not set');
  const webhook = runsBot && config.telegram.mode === 'webhook' ? new WebhookEndpoint() : null;
  let apiPort: number | null = null;
  if (config.roles.has('api')) {
    const app = createApp({
      db,
      log,
      publicUrl: config.publicUrl,
      hasher: createPasswordHasher(),
      redis: redisClient,
      botToken: config.telegram.token ?? null,
      botApiRoot: config.telegram.apiRoot,
      botUsername: config.telegram.username ?? null,
      adminAppDir: path.resolve('web-admin', 'dist'),
      metrics,
      lifecycle,
      trustProxy: config.trustProxy,
    });
    const server = http.createServer(httpHandler(app, webhook));
    const port = await listen(server, config.port);
    apiPort = port;
    log.info(`api: listening on http://localhost:${port} (public URL ${config.publicUrl})`);
    if (config.demo) {
      const credentials = path.join(path.relative(process.cwd(), config.dataDir), 'demo', 'credentials.json');
      log.info(
        `demo: open ${config.publicUrl}/ in a browser: the staff app is at ${config.publicUrl}/admin/, the API ` +
          `described at ${config.publicUrl}/api/openapi.json; accounts to sign in with are in ${credentials}`,
      );
    }
    stops.push(closeServer(server));
  }
  if (runsBot) await startBot(config, log, redis.url, apiPort, webhook, metrics, stops);
  lifecycle.phase = 'ready';
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = parseConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(1);
  }
  const log = createLogger(config.logLevel);
  const stops: Stop[] = [];
  const lifecycle: Lifecycle = { phase: 'starting' };
  const shutdown = async (reason: string, code: number) => {
    if (lifecycle.phase === 'stopping') return;
    lifecycle.phase = 'stopping';
    log.info(`stopping (${reason})`);
    setTimeout(() => {
      log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    for (const stop of stops.reverse()) {
      await stop().catch((error: unknown) => log.error({ err: error }, 'stop failed'));
    }
    process.exit(code);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.on('unhandledRejection', (error) => {
    log.fatal({ err: error }, 'unhandled rejection');
    void shutdown('unhandled rejection', 1);
  });
  try {
    await startRoles(config, log, lifecycle, stops);
  } catch (error) {
    log.fatal({ err: error }, (error as Error).message);
    await shutdown('start-up failed', 1);
  }
}

await main();
