import type { Redis } from 'ioredis';
import type { Database } from '../../db/connection.js';

/** `starting` until indexes and reference rows are in place; `stopping` from the first signal to stop. */
export type Phase = 'starting' | 'ready' | 'stopping';

export interface Lifecycle {
  phase: Phase;
}

export interface ReadinessDeps {
  db: Pick<Database, 'isReachable'>;
  /** null: no Redis (the in-memory development fallback), which is not checked. */
  redis: Pick<Redis, 'status' | 'ping'> | null;
  /** Absent: the process is taken as started (an app built without a composition root, as in tests). */
  lifecycle?: Lifecycle | undefined;
}

export interface Readiness {
  ready: boolean;
  phase: Phase;
  mongodb: boolean;
  /** null when the process runs without Redis. */
  redis: boolean | null;
}

const REDIS_PING_TIMEOUT_MS = 2000;

/** A ping that answers false at once while the client is reconnecting, instead of waiting in its offline queue. */
async function redisAnswers(redis: Pick<Redis, 'status' | 'ping'>): Promise<boolean> {
  if (redis.status !== 'ready') return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), REDIS_PING_TIMEOUT_MS);
  });
  const ping = redis.ping().then(
    (answer) => answer === 'PONG',
    () => false,
  );
  return Promise.race([ping, timeout]).finally(() => clearTimeout(timer));
}

export async function checkReadiness(deps: ReadinessDeps): Promise<Readiness> {
  const phase = deps.lifecycle?.phase ?? 'ready';
  const [mongodb, redis] = await Promise.all([
    deps.db.isReachable(),
    deps.redis ? redisAnswers(deps.redis) : null,
  ]);
  return { ready: phase === 'ready' && mongodb && redis !== false, phase, mongodb, redis };
}
