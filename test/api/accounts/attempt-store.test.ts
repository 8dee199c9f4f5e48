import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import {
  memoryAttemptStore,
  redisAttemptStore,
  type AttemptStore,
} from '../../../api/http/auth/attempt-store.js';

let redis: Redis;
beforeAll(() => {
  redis = new Redis(process.env.TEST_REDIS_URL!);
});
afterAll(() => {
  redis.disconnect();
});

/** The same behaviour in Redis, shared by every API process, and in one process without Redis. */
describe.each([
  ['Redis', () => redisAttemptStore(redis)],
  ['memory', () => memoryAttemptStore()],
])('sign-in attempt counters in %s', (_name, create: () => AttemptStore) => {
  const key = () => `test:attempts:${randomUUID()}`;

  it('when a counter is incremented, then its window starts with the first attempt and a removed one starts afresh', async () => {
    const store = create();
    const counter = key();

    const first = await store.increment(counter, 60_000);
    const second = await store.increment(counter, 60_000);
    await store.remove(counter);
    const afresh = await store.increment(counter, 60_000);

    expect([first.count, second.count, afresh.count]).toEqual([1, 2, 1]);
    expect(second.ttlMs).toBeLessThanOrEqual(first.ttlMs);
    expect(second.ttlMs).toBeGreaterThan(59_000);
  });

  it('when a missing counter is decremented, then it stays missing; an existing one goes down', async () => {
    const store = create();
    const [missing, existing] = [key(), key()];
    await store.increment(existing, 60_000);
    await store.increment(existing, 60_000);

    await store.decrement(missing);
    await store.decrement(existing);

    expect(await store.count(missing)).toBe(0);
    expect((await store.increment(missing, 60_000)).count).toBe(1);
    expect(await store.count(existing)).toBe(1);
  });

  it('when a value is kept, then the first one stays until it expires', async () => {
    const store = create();
    const epoch = key();

    expect(await store.keep(epoch, 'a', 150)).toBe('a');
    expect(await store.keep(epoch, 'b', 150)).toBe('a');
    await sleep(250);
    expect(await store.keep(epoch, 'c', 150)).toBe('c');
  });

  it('when failures are counted, then the gate is held for the delay of that count, and a claim waits it out', async () => {
    const store = create();
    const [failures, gate] = [key(), key()];
    const delays = [0, 200, 5_000];

    expect(await store.countFailure(failures, gate, 60_000, delays)).toBe(1);
    expect(await store.claim(gate, 100)).toBe(0);
    await sleep(150);
    expect(await store.countFailure(failures, gate, 60_000, delays)).toBe(2);
    const waiting = await store.claim(gate, 100);
    expect(waiting).toBeGreaterThan(100);
    expect(waiting).toBeLessThanOrEqual(200);
    await sleep(250);
    expect(await store.claim(gate, 100)).toBe(0);
    await sleep(150);
    expect(await store.countFailure(failures, gate, 60_000, delays)).toBe(3);
    expect(await store.countFailure(failures, gate, 60_000, delays)).toBe(4);
    expect(await store.claim(gate, 100)).toBeGreaterThan(4_000);
    expect(await store.count(failures)).toBe(4);
  });
});
