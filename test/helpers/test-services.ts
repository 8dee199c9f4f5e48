import path from 'node:path';
import { provisionMongo, type ProvisionedMongo } from '../../api/db/mongo-provision.js';
import { provisionRedis, type ProvisionedRedis } from '../../api/db/redis-provision.js';
import { createLogger } from '../../api/logger.js';

declare global {
  var testServices: { mongo: ProvisionedMongo; redis: ProvisionedRedis } | undefined;
}

/** One real MongoDB-compatible server and one real Redis for the whole run; every test file gets its own database. */
export async function startTestServices(): Promise<void> {
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'info');
  const mongo = await provisionMongo({
    uri: process.env.MONGODB_URI,
    toolsDir: path.resolve('var/tools'),
    log,
  });
  const redis = await provisionRedis({ url: process.env.REDIS_URL, allowMemory: false, log }).catch(
    async (error) => {
      await mongo.stop();
      throw error;
    },
  );
  globalThis.testServices = { mongo, redis };
  process.env.TEST_MONGODB_URI = mongo.uri;
  process.env.TEST_MONGODB_KIND = mongo.kind;
  process.env.TEST_REDIS_URL = redis.url!;
  const stopOnSignal = () => {
    void Promise.all([mongo.stop(), redis.stop()]).finally(() => process.exit(130));
  };
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
}

export async function stopTestServices(): Promise<void> {
  const services = globalThis.testServices;
  if (!services) return;
  await Promise.all([services.mongo.stop(), services.redis.stop()]);
}
