import type { Redis } from 'ioredis';
import type { Database } from '../db/connection.js';
import type { PasswordHasher } from '../domain/accounts/password-hasher.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics/metrics.js';
import type { Lifecycle } from './health/readiness.js';

/** What the HTTP face needs from the composition root. */
export interface HttpDeps {
  db: Pick<Database, 'isReachable'>;
  log: Logger;
  /** External base URL, used in links and to decide whether cookies are Secure. */
  publicUrl: string;
  hasher: PasswordHasher;
  /** Shared store for rate limits across API processes; null keeps counters in this process (development only). */
  redis: Redis | null;
  /** TELEGRAM_BOT_TOKEN: the bot's own routes check its key with it; absent or null, they answer 503. */
  botToken?: string | null;
  /** The Bot API server asked for the bot's username (getMe) when `botUsername` is not configured. */
  botApiRoot?: string;
  /** The bot's @username for deep links (TELEGRAM_BOT_USERNAME). */
  botUsername?: string | null;
  /** Whose X-Forwarded-For gives the client's address (TRUST_PROXY): off, proxy hops or addresses; loopback when absent. */
  trustProxy?: false | number | string[];
  /** The built staff app (web-admin/dist) served under /admin; absent or null, /admin says it is not built. */
  adminAppDir?: string | null;
  /** Counts requests by route and status; absent, nothing is counted. */
  metrics?: Metrics | null;
  /** The process's start-up and shutdown, which /readyz reports; absent, the app is taken as started. */
  lifecycle?: Lifecycle;
}
