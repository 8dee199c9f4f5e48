import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Express } from 'express';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import request from 'supertest';
import { startReadCache } from '../../../api/db/read-cache.js';
import { createPasswordHasher } from '../../../api/domain/accounts/password-hasher.js';
import { ensureIndexes } from '../../../api/domain/models.js';
import { readOutboxBacklog } from '../../../api/domain/notifications/outbox-backlog.repository.js';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { createApp } from '../../../api/http/app.js';
import { createMetricsApp } from '../../../api/http/metrics/metrics-app.js';
import { createMetrics, type Metrics } from '../../../api/metrics/metrics.js';
import { testMongoUri, uniqueDatabaseName } from '../../helpers/database.js';
import { createMember, createRepresentative, representativeToken } from '../../helpers/factories.js';
import { silentLogger } from '../../helpers/silent-logger.js';
import { metricValue } from './metric-value.js';

const hasher = createPasswordHasher();

describe('metrics of the api role', () => {
  let metrics: Metrics;
  let app: Express;
  let redis: Redis;
  let stopReadCache: () => void;

  beforeAll(async () => {
    const dbName = uniqueDatabaseName();
    await mongoose.connect(testMongoUri(), { dbName });
    await ensureIndexes();
    redis = new Redis(process.env.TEST_REDIS_URL!, { enableAutoPipelining: true });
    metrics = createMetrics();
    stopReadCache = startReadCache(
      redis,
      dbName,
      (error) => {
        throw error;
      },
      (kind, outcome) => metrics.readCache.inc({ kind, outcome }),
    );
    app = createApp({
      db: { isReachable: async () => true },
      log: silentLogger,
      publicUrl: 'http://cabinet.test',
      hasher,
      redis,
      metrics,
    });
  });
  afterAll(async () => {
    stopReadCache();
    redis.disconnect();
    await mongoose.connection.dropDatabase();
    await mongoose.disconnect();
  });

  const requestCount = (labels: Record<string, string>) =>
    metricValue(metrics, 'http_request_duration_seconds_count', labels);

  it('when letters are asked by id, then the requests count under the route pattern with their status', async () => {
    const member = await createMember();
    const token = await representativeToken(await createRepresentative(hasher, member._id));
    const ids = [new mongoose.Types.ObjectId(), new mongoose.Types.ObjectId()];

    for (const id of ids) {
      await request(app)
        .get(`/api/v1/cabinet/letters/${id}`)
        .set('authorization', `Bearer ${token}`)
        .expect(404);
    }
    await request(app).get('/api/v1/cabinet/summary').expect(401);
    await request(app).get(`/no/such/${ids[0]}`).expect(404);

    const route = '/api/v1/cabinet/letters/:id';
    expect(await requestCount({ method: 'GET', route, status_code: '404' })).toBe(2);
    expect(await requestCount({ method: 'GET', route: '/api/v1/cabinet/summary', status_code: '401' })).toBe(
      1,
    );
    expect(await requestCount({ method: 'GET', route: '(unmatched)', status_code: '404' })).toBe(1);
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      `http_request_duration_seconds_bucket{le="0.1",method="GET",route="${route}",status_code="404"}`,
    );
    expect(text).not.toContain(String(ids[0]));
  });

  it('when the summary is read twice with nothing written between, then one miss and one hit are counted', async () => {
    const member = await createMember();
    const token = await representativeToken(await createRepresentative(hasher, member._id));
    const before = {
      hit: await metricValue(metrics, 'read_cache_lookups_total', {
        kind: 'cabinet-summary',
        outcome: 'hit',
      }),
      miss: await metricValue(metrics, 'read_cache_lookups_total', {
        kind: 'cabinet-summary',
        outcome: 'miss',
      }),
    };

    for (let i = 0; i < 2; i += 1) {
      await request(app).get('/api/v1/cabinet/summary').set('authorization', `Bearer ${token}`).expect(200);
    }

    const hit = await metricValue(metrics, 'read_cache_lookups_total', {
      kind: 'cabinet-summary',
      outcome: 'hit',
    });
    const miss = await metricValue(metrics, 'read_cache_lookups_total', {
      kind: 'cabinet-summary',
      outcome: 'miss',
    });
    expect({ hit: hit - before.hit, miss: miss - before.miss }).toEqual({ hit: 1, miss: 1 });
    expect(
      await metricValue(metrics, 'read_cache_lookups_total', { kind: 'session', outcome: 'hit' }),
    ).toBeGreaterThan(0);
  });

  it('when the metrics port is scraped, then it answers Prometheus text with event-loop lag and the outbox backlog', async () => {
    const db = mongoose.connection.db!;
    const oldest = new Date(Date.now() - 90_000);
    await OutboxMessageModel.collection.insertMany([
      {
        kind: 'test.pending',
        payload: {},
        idempotencyKey: 'metrics-1',
        status: 'pending',
        attempts: 0,
        createdAt: oldest,
        updatedAt: oldest,
      },
      {
        kind: 'test.retry',
        payload: {},
        idempotencyKey: 'metrics-2',
        status: 'processing',
        attempts: 1,
        createdAt: new Date(),
        updatedAt: new Date(),
      },
      {
        kind: 'test.done',
        payload: {},
        idempotencyKey: 'metrics-3',
        status: 'done',
        attempts: 1,
        createdAt: new Date(0),
        updatedAt: new Date(),
      },
    ]);
    metrics.observeOutbox(readOutboxBacklog);
    const metricsApp = createMetricsApp({ metrics, db: { isReachable: async () => Boolean(db) }, redis });

    const response = await request(metricsApp).get('/metrics');

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(response.text).toMatch(/^outbox_undelivered_messages 2$/m);
    const age = Number(/^outbox_oldest_undelivered_age_seconds (\S+)$/m.exec(response.text)?.[1]);
    expect(age).toBeGreaterThanOrEqual(90);
    expect(age).toBeLessThan(120);
    expect((await request(metricsApp).get('/readyz')).body).toMatchObject({ status: 'ready', redis: true });
  });
});
