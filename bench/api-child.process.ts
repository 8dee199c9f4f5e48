/**
 * The API's own process for the bot benchmark (see api-child.ts): the app on a free loopback port against the
 * benchmark's database and Redis, with the read cache on as in production.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { connectDatabase } from '../api/db/connection.js';
import { startReadCache } from '../api/db/read-cache.js';
import { createPasswordHasher } from '../api/domain/accounts/password-hasher.js';
import { createApp } from '../api/http/app.js';
import { createLogger } from '../api/logger.js';
import type { ApiChildSettings } from './api-child.js';

const settings = JSON.parse(process.argv[2]!) as ApiChildSettings;
const log = createLogger('warn');
const db = await connectDatabase(settings.mongoUri, settings.dbName);
const redis = new Redis(settings.redisUrl, { enableAutoPipelining: true });
const stopReadCache = startReadCache(redis, settings.dbName, (error) =>
  log.warn({ err: error }, 'read cache'),
);
const app = createApp({
  db,
  log: createLogger('silent'),
  publicUrl: 'http://bench.local',
  hasher: createPasswordHasher(),
  redis,
  botToken: settings.botToken,
});
const server = http.createServer(app);
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
process.on('message', (command: 'cpu' | 'stop') => {
  if (command === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send!({ cpuMs: (user + system) / 1000 });
    return;
  }
  server.close();
  server.closeAllConnections();
  stopReadCache();
  redis.disconnect();
  void db.close().then(() => process.exit(0));
});
