import http from 'node:http';
import path from 'node:path';
import { run } from '@grammyjs/runner';
import { createBot } from '../bot/index.js';
import { Redis } from 'ioredis';
import { createJobs } from '../jobs/index.js';
import { ConfigError, parseConfig, type Config } from './config.js';
import { connectDatabase } from './db/connection.js';
import { provisionMongo } from './db/mongo-provision.js';
import { provisionRedis } from './db/redis-provision.js';
import { createPasswordHasher } from './domain/accounts/password-hasher.js';
import { ensureIndexes } from './domain/models.js';
import { createApp } from './http/app.js';
import { createLogger, type Logger } from './logger.js';

const SHUTDOWN_DEADLINE_MS = 10_000;

type Stop = () => Promise<void>;

/** Starts what the configuration asks for, registering each stop as soon as its part runs. */
async function startRoles(config: Config, log: Logger, stops: Stop[]): Promise<void> {
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
  await ensureIndexes();

  if (config.roles.has('jobs')) {
    const jobs = createJobs({ db: db.connection.db!, log: log.child({ role: 'jobs' }) });
    await jobs.start();
    stops.push(() => jobs.stop(SHUTDOWN_DEADLINE_MS / 2));
  }
  if (config.roles.has('bot')) {
    if (!config.telegram.token) {
      log.info('bot: off, because TELEGRAM_BOT_TOKEN is not set');
    } else {
      const bot = createBot({ token: config.telegram.token, apiRoot: config.telegram.apiRoot, log });
      const runner = run(bot);
      stops.push(() => runner.stop());
      log.info('bot: polling for updates');
    }
  }
  if (config.roles.has('api')) {
    const redisClient = redis.url ? new Redis(redis.url) : null;
    stops.push(async () => redisClient?.disconnect());
    const app = createApp({
      db,
      log,
      publicUrl: config.publicUrl,
      hasher: createPasswordHasher(),
      redis: redisClient,
    });
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(config.port, resolve));
    const { port } = server.address() as { port: number };
    log.info(`api: listening on http://localhost:${port} (public URL ${config.publicUrl})`);
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        }),
    );
  }
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
  let stopping = false;
  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
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
    await startRoles(config, log, stops);
  } catch (error) {
    log.fatal({ err: error }, (error as Error).message);
    await shutdown('start-up failed', 1);
  }
}

await main();
