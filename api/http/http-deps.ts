import type { Redis } from 'ioredis';
import type { Database } from '../db/connection.js';
import type { PasswordHasher } from '../domain/accounts/password-hasher.js';
import type { Logger } from '../logger.js';

/** What the HTTP face needs from the composition root. */
export interface HttpDeps {
  db: Pick<Database, 'isReachable'>;
  log: Logger;
  /** External base URL, used in links and to decide whether cookies are Secure. */
  publicUrl: string;
  hasher: PasswordHasher;
  /** Shared store for rate limits across API processes; null keeps counters in this process (development only). */
  redis: Redis | null;
}
