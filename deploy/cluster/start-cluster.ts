import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { connectDatabase } from '../../api/db/connection.js';
import { seedDemo } from '../../api/db/demo/seed-demo.js';
import { freePort } from '../../api/db/free-port.js';
import { provisionMongo } from '../../api/db/mongo-provision.js';
import { provisionRedis } from '../../api/db/redis-provision.js';
import type { Logger } from '../../api/logger.js';
import { startBotApiServer, type BotApiServer } from '../../test/helpers/bot-api-server.js';
import { startLoadBalancer, type LoadBalancer, type Upstream } from './load-balancer.js';
import { roleProcess, type RoleProcess } from './role-process.js';

export interface ClusterOptions {
  /** Demo credentials, logs and mail files go here. */
  dataDir: string;
  /** The proxy's port; 0 for a free one. */
  port: number;
  log: Logger;
  /** Path the proxy probes to keep an api process in rotation. */
  probePath?: string;
}

export interface Cluster {
  /** The proxy: the one address of the API, the staff app and the webhook. */
  url: string;
  credentialsPath: string;
  logDir: string;
  mongo: { kind: string; uri: string };
  redisUrl: string;
  /** The local stand-in for Telegram's Bot API: every call the bot and the jobs made, the webhook it was given. */
  botApi: BotApiServer;
  webhookSecret: string;
  api: RoleProcess[];
  jobs: RoleProcess[];
  bot: RoleProcess;
  proxy: LoadBalancer;
  stop(): Promise<void>;
}

const BOT_TOKEN = '7000000001:local-cluster-bot-token-000000';
const BOT_USERNAME = 'sro_cabinet_local_bot';
const DB_NAME = 'sro';

/**
 * One MongoDB-compatible server and one Redis with the demo data, two api processes behind a round-robin proxy, two
 * jobs processes and a bot process in webhook mode against a local Bot API, each process a real api/main.ts.
 * Whatever started is stopped by `stop()`, also when the start fails half-way.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const { log, dataDir } = options;
  const logDir = path.join(dataDir, 'logs');
  await mkdir(logDir, { recursive: true });
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const step of stops.splice(0).reverse()) {
      await step().catch((error: unknown) => log.error({ err: error }, 'cluster: stop failed'));
    }
  };
  try {
    const ports = { 'api-1': await freePort(), 'api-2': await freePort(), bot: await freePort() };
    // Listening first: a port in use stops the start before anything else runs.
    const upstream = (name: keyof typeof ports): Upstream => ({ name, port: ports[name] });
    const proxy = await startLoadBalancer({
      port: options.port,
      upstreams: [upstream('api-1'), upstream('api-2')],
      pinned: [{ prefix: '/telegram/webhook', upstream: upstream('bot') }],
      probePath: options.probePath ?? '/readyz',
    });
    stops.push(() => proxy.stop());
    const mongo = await provisionMongo({ toolsDir: path.resolve('var', 'tools'), log });
    stops.push(mongo.stop);
    const redis = await provisionRedis({ allowMemory: false, log });
    stops.push(redis.stop);
    const db = await connectDatabase(mongo.uri, DB_NAME);
    const demo = await seedDemo({ now: new Date(), dataDir, log }).finally(() => db.close());

    const botApi = await startBotApiServer({ token: BOT_TOKEN, botInfo: { username: BOT_USERNAME } });
    stops.push(() => botApi.stop());
    const publicUrl = proxy.url;
    const webhookSecret = randomBytes(24).toString('base64url');
    const common = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      DATA_DIR: dataDir,
      MONGODB_URI: mongo.uri,
      REDIS_URL: redis.url!,
      PUBLIC_URL: publicUrl,
      TELEGRAM_BOT_TOKEN: BOT_TOKEN,
      TELEGRAM_BOT_USERNAME: BOT_USERNAME,
      TELEGRAM_API_ROOT: botApi.apiRoot,
    };
    const defined = async (name: string, env: Record<string, string>) =>
      roleProcess({ name, logDir, env: { ...common, ...env }, metricsPort: await freePort() });
    const api = [
      await defined('api-1', { ROLES: 'api', PORT: String(ports['api-1']) }),
      await defined('api-2', { ROLES: 'api', PORT: String(ports['api-2']) }),
    ];
    const jobs = [await defined('jobs-1', { ROLES: 'jobs' }), await defined('jobs-2', { ROLES: 'jobs' })];
    // Webhook mode takes updates on an api role's server in the same process; the proxy sends only the webhook there.
    const botEnv = {
      ROLES: 'api,bot',
      PORT: String(ports.bot),
      BOT_MODE: 'webhook',
      TELEGRAM_WEBHOOK_SECRET: webhookSecret,
    };
    const bot = await defined('bot', botEnv);
    const all = [...api, ...jobs, bot];
    stops.push(() => Promise.all(all.map((p) => (p.running ? p.kill('SIGTERM') : null))));
    await Promise.all(all.map((p) => p.start()));

    return {
      url: proxy.url,
      credentialsPath: demo.credentialsPath,
      logDir,
      mongo: { kind: mongo.kind, uri: mongo.uri },
      redisUrl: redis.url!,
      botApi,
      webhookSecret,
      api,
      jobs,
      bot,
      proxy,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
