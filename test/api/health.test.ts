import { describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import request from 'supertest';
import { connectDatabase, type Database } from '../../api/db/connection.js';
import { createPasswordHasher } from '../../api/domain/accounts/password-hasher.js';
import { createApp } from '../../api/http/app.js';
import type { Lifecycle } from '../../api/http/health/readiness.js';
import { testMongoUri, uniqueDatabaseName } from '../helpers/database.js';
import { silentLogger } from '../helpers/silent-logger.js';

const appFor = (db: Database, redis: Redis | null, lifecycle?: Lifecycle) =>
  createApp({
    db,
    log: silentLogger,
    publicUrl: 'http://cabinet.test',
    hasher: createPasswordHasher(),
    redis,
    ...(lifecycle && { lifecycle }),
  });

async function connectRedis(): Promise<Redis> {
  const redis = new Redis(process.env.TEST_REDIS_URL!, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  return redis;
}

describe('GET /healthz and GET /readyz', () => {
  it('when MongoDB and Redis answer and start-up is done, then both answer 200', async () => {
    const db = await connectDatabase(testMongoUri(), uniqueDatabaseName());
    const redis = await connectRedis();
    const app = appFor(db, redis, { phase: 'ready' });

    const alive = await request(app).get('/healthz');
    const ready = await request(app).get('/readyz');
    redis.disconnect();
    await db.close();

    expect(alive.status).toBe(200);
    expect(alive.body).toEqual({ status: 'ok' });
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', phase: 'ready', mongodb: true, redis: true });
    expect(ready.headers['cache-control']).toBe('no-store');
  });

  it('when the MongoDB connection is gone, then /readyz answers 503 and /healthz still 200', async () => {
    const db = await connectDatabase(testMongoUri(), uniqueDatabaseName());
    const redis = await connectRedis();
    const app = appFor(db, redis);
    await db.close();

    const alive = await request(app).get('/healthz');
    const ready = await request(app).get('/readyz');
    redis.disconnect();

    expect(alive.status).toBe(200);
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'unavailable', mongodb: false, redis: true });
  });

  it('when Redis is unreachable, then /readyz answers 503 within the ping timeout', async () => {
    const db = await connectDatabase(testMongoUri(), uniqueDatabaseName());
    const redis = await connectRedis();
    const app = appFor(db, redis);
    redis.disconnect();

    const startedAt = Date.now();
    const ready = await request(app).get('/readyz');
    await db.close();

    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ mongodb: true, redis: false });
    expect(Date.now() - startedAt).toBeLessThan(3000);
  });

  it('when the process is still starting or already stopping, then /readyz answers 503 with the phase', async () => {
    const db = await connectDatabase(testMongoUri(), uniqueDatabaseName());
    const lifecycle: Lifecycle = { phase: 'starting' };
    const app = appFor(db, null, lifecycle);

    const starting = await request(app).get('/readyz');
    lifecycle.phase = 'ready';
    const ready = await request(app).get('/readyz');
    lifecycle.phase = 'stopping';
    const stopping = await request(app).get('/readyz');
    await db.close();

    expect(starting.status).toBe(503);
    expect(starting.body).toMatchObject({ phase: 'starting', mongodb: true });
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', phase: 'ready', mongodb: true, redis: null });
    expect(stopping.status).toBe(503);
    expect(stopping.body.phase).toBe('stopping');
  });

  it('when an unknown address is asked, then a Russian problem document with 404', async () => {
    const db = await connectDatabase(testMongoUri(), uniqueDatabaseName());
    const response = await request(appFor(db, null)).get('/nope');
    await db.close();
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ title: 'Адрес не найден', status: 404 });
  });
});
