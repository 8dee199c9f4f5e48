import { availableParallelism } from 'node:os';
import argon2 from 'argon2';
import pLimit from 'p-limit';
import { DomainError } from '../shared/domain-error.js';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane). Hashing runs on libuv's thread pool,
 * never on the event loop; at most `maxConcurrent` hashes run at once and at most `maxQueued` wait, so a sign-in
 * flood costs at most (maxConcurrent × 19 MiB) of hashing memory and a bounded queue, and is refused beyond it.
 */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export function createPasswordHasher(
  maxConcurrent = Math.max(1, availableParallelism() - 1),
  maxQueued = 64,
): PasswordHasher {
  const limit = pLimit(maxConcurrent);
  const run = <T>(task: () => Promise<T>): Promise<T> => {
    if (limit.pendingCount >= maxQueued) {
      throw new DomainError('unavailable', 'Сервер занят проверкой паролей. Повторите попытку через минуту.');
    }
    return limit(task);
  };
  return {
    hash: (password) => run(() => argon2.hash(password, ARGON2_OPTIONS)),
    verify: (hash, password) => run(() => argon2.verify(hash, password)),
  };
}
