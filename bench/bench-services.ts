import path from 'node:path';
import { Redis } from 'ioredis';
import { connectDatabase, type Database } from '../api/db/connection.js';
import { provisionMongo } from '../api/db/mongo-provision.js';
import { startReadCache } from '../api/db/read-cache.js';
import { provisionRedis } from '../api/db/redis-provision.js';
import { createPasswordHasher, type PasswordHasher } from '../api/domain/accounts/password-hasher.js';
import { seedResponsibilityLevels } from '../api/domain/levels/responsibility-level.repository.js';
import { ensureIndexes } from '../api/domain/models.js';
import type { Logger } from '../api/logger.js';
import { seedBenchMember } from './seed-bench-member.js';

export interface BenchServices {
  db: Database;
  /** Where another process finds the same database: `mongoUri` and `dbName`. */
  mongoUri: string;
  dbName: string;
  hasher: PasswordHasher;
  /** A session token of the seeded member's representative. */
  sessionToken: string;
  redisUrl: string;
  /** Which servers were provisioned, for the printed figures. */
  kinds: { mongo: string; redis: string };
  /** The read cache is on, as in production; `off()` makes every read go to the database until `on()`. */
  readCache: { on(): void; off(): void };
}

/** MongoDB and Redis as the tests have them (MONGODB_URI/REDIS_URL when set); their stops go onto `stops`. */
export async function provisionBenchData(log: Logger, stops: (() => Promise<unknown>)[]) {
  const mongo = await provisionMongo({
    uri: process.env.MONGODB_URI,
    toolsDir: path.resolve('var/tools'),
    log,
  });
  stops.push(mongo.stop);
  const redis = await provisionRedis({ url: process.env.REDIS_URL, allowMemory: false, log });
  stops.push(redis.stop);
  return { mongo, redis };
}

/**
 * The data services a benchmark runs on, provisioned like the tests' (MONGODB_URI/REDIS_URL when set), a throwaway
 * database with one realistic member; each part's stop goes onto `stops` as soon as it runs.
 */
export async function startBenchServices(
  dbName: string,
  log: Logger,
  stops: (() => Promise<unknown>)[],
): Promise<BenchServices> {
  const { mongo, redis } = await provisionBenchData(log, stops);
  const db = await connectDatabase(mongo.uri, dbName);
  stops.push(async () => {
    await db.connection.dropDatabase();
    await db.close();
  });
  const cacheRedis = new Redis(redis.url!);
  stops.push(async () => cacheRedis.disconnect());
  const onCacheError = (error: unknown) => log.warn({ err: error }, 'read cache: Redis call failed');
  let stopReadCache = startReadCache(cacheRedis, dbName, onCacheError);
  stops.push(async () => stopReadCache());
  await ensureIndexes();
  await seedResponsibilityLevels();
  const hasher = createPasswordHasher();
  return {
    db,
    mongoUri: mongo.uri,
    dbName,
    hasher,
    sessionToken: await seedBenchMember(hasher),
    redisUrl: redis.url!,
    kinds: { mongo: mongo.kind, redis: redis.kind },
    readCache: {
      on: () => {
        stopReadCache = startReadCache(cacheRedis, dbName, onCacheError);
      },
      off: () => stopReadCache(),
    },
  };
}
