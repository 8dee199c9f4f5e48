import type { Redis } from 'ioredis';

/**
 * The few counter operations sign-in attempts need, each atomic: in Redis, shared by every API process, or in this
 * process when there is no Redis (development only).
 */
export interface AttemptStore {
  /** The key's value, or `initial` stored when there is none; either way the key lives `ttlMs` more. */
  keep(key: string, initial: string, ttlMs: number): Promise<string>;
  /** Adds one; a new key lives `windowMs`, an existing one keeps its expiry. The count and the ms it has left. */
  increment(key: string, windowMs: number): Promise<{ count: number; ttlMs: number }>;
  /**
   * Adds one to `key`, which then lives `ttlMs` from now, and, at once, holds `gate` for `delaysMs[count - 1]` (the
   * last one beyond the list's end; none when 0). Answers the count.
   */
  countFailure(key: string, gate: string, ttlMs: number, delaysMs: readonly number[]): Promise<number>;
  /** Takes one away from an existing key; a missing key stays missing. */
  decrement(key: string): Promise<void>;
  count(key: string): Promise<number>;
  /** Sets the key for `ttlMs` unless it is set: 0 when taken now, else the ms it has left. */
  claim(key: string, ttlMs: number): Promise<number>;
  remove(...keys: string[]): Promise<void>;
}

const KEEP = `local v = redis.call('get', KEYS[1])
if not v then v = ARGV[1] redis.call('set', KEYS[1], v, 'px', ARGV[2]) else redis.call('pexpire', KEYS[1], ARGV[2]) end
return v`;
const INCREMENT = `local n = redis.call('incr', KEYS[1])
if n == 1 then redis.call('pexpire', KEYS[1], ARGV[1]) end
return {n, redis.call('pttl', KEYS[1])}`;
const COUNT_FAILURE = `local n = redis.call('incr', KEYS[1])
redis.call('pexpire', KEYS[1], ARGV[1])
local delay = tonumber(ARGV[math.min(n, #ARGV - 1) + 1])
if delay > 0 then redis.call('set', KEYS[2], '1', 'px', delay) end
return n`;
const DECREMENT = `if redis.call('exists', KEYS[1]) == 1 then redis.call('decr', KEYS[1]) end return 0`;
const CLAIM = `if redis.call('set', KEYS[1], '1', 'px', ARGV[1], 'nx') then return 0 end
return math.max(1, redis.call('pttl', KEYS[1]))`;

export function redisAttemptStore(redis: Redis): AttemptStore {
  const run = (script: string, key: string, ...args: (string | number)[]) =>
    redis.eval(script, 1, key, ...args);
  return {
    keep: async (key, initial, ttlMs) => String(await run(KEEP, key, initial, ttlMs)),
    increment: async (key, windowMs) => {
      const [count, ttlMs] = (await run(INCREMENT, key, windowMs)) as [number, number];
      return { count, ttlMs: ttlMs > 0 ? ttlMs : windowMs };
    },
    countFailure: async (key, gate, ttlMs, delaysMs) =>
      Number(await redis.eval(COUNT_FAILURE, 2, key, gate, ttlMs, ...delaysMs)),
    decrement: async (key) => {
      await run(DECREMENT, key);
    },
    count: async (key) => Number((await redis.get(key)) ?? 0),
    claim: async (key, ttlMs) => Number(await run(CLAIM, key, ttlMs)),
    remove: async (...keys) => {
      if (keys.length > 0) await redis.del(...keys);
    },
  };
}

export function memoryAttemptStore(now: () => number = Date.now): AttemptStore {
  const entries = new Map<string, { value: string; expiresAt: number }>();
  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= now()) entries.delete(key);
    return entries.get(key);
  };
  const set = (key: string, value: string, ttlMs: number) => {
    entries.set(key, { value, expiresAt: now() + ttlMs });
    if (entries.size > 100_000) for (const stale of entries.keys()) live(stale);
  };
  return {
    keep: async (key, initial, ttlMs) => {
      const value = live(key)?.value ?? initial;
      set(key, value, ttlMs);
      return value;
    },
    increment: async (key, windowMs) => {
      const entry = live(key);
      const count = Number(entry?.value ?? 0) + 1;
      const ttlMs = entry ? entry.expiresAt - now() : windowMs;
      set(key, String(count), ttlMs);
      return { count, ttlMs };
    },
    countFailure: async (key, gate, ttlMs, delaysMs) => {
      const count = Number(live(key)?.value ?? 0) + 1;
      set(key, String(count), ttlMs);
      const delay = delaysMs[Math.min(count, delaysMs.length) - 1] ?? 0;
      if (delay > 0) set(gate, '1', delay);
      return count;
    },
    decrement: async (key) => {
      const entry = live(key);
      if (entry) entry.value = String(Number(entry.value) - 1);
    },
    count: async (key) => Number(live(key)?.value ?? 0),
    claim: async (key, ttlMs) => {
      const entry = live(key);
      if (entry) return Math.max(1, entry.expiresAt - now());
      set(key, '1', ttlMs);
      return 0;
    },
    remove: async (...keys) => {
      for (const key of keys) entries.delete(key);
    },
  };
}
