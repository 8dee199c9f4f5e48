import { afterAll, beforeAll } from '@jest/globals';
import type { Express } from 'express';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { startReadCache } from '../../api/db/read-cache.js';
import { createPasswordHasher } from '../../api/domain/accounts/password-hasher.js';
import { ensureIndexes } from '../../api/domain/models.js';
import { createApp, type HttpDeps } from '../../api/http/app.js';
import { testMongoUri, uniqueDatabaseName } from './database.js';
import { silentLogger } from './silent-logger.js';

export const TEST_PUBLIC_URL = 'http://cabinet.test';

export interface TestApi {
  app: Express;
  deps: HttpDeps;
}

/**
 * The real app in-process against a fresh database of the test server and the real Redis, with the read cache on as
 * in production. The returned object is
 * filled in `beforeAll`; use it inside tests only.
 */
export function useTestApi(overrides: Partial<HttpDeps> = {}): TestApi {
  const holder = {} as TestApi;
  const cacheErrors: unknown[] = [];
  let stopReadCache = () => {};
  beforeAll(async () => {
    const dbName = uniqueDatabaseName();
    await mongoose.connect(testMongoUri(), { dbName });
    await ensureIndexes();
    const redis = new Redis(process.env.TEST_REDIS_URL!, { lazyConnect: true, enableAutoPipelining: true });
    await redis.connect();
    stopReadCache = startReadCache(redis, dbName, (error) => cacheErrors.push(error));
    holder.deps = {
      db: { isReachable: async () => mongoose.connection.readyState === mongoose.ConnectionStates.connected },
      log: silentLogger,
      publicUrl: TEST_PUBLIC_URL,
      hasher: createPasswordHasher(),
      redis,
      ...overrides,
    };
    holder.app = createApp(holder.deps);
  });
  afterAll(async () => {
    stopReadCache();
    holder.deps?.redis?.disconnect();
    await mongoose.connection.dropDatabase();
    await mongoose.disconnect();
    if (cacheErrors.length > 0) throw cacheErrors[0];
  });
  return holder;
}
