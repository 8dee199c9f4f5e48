import { RedisAdapter } from '@grammyjs/storage-redis';
import { MemorySessionStorage, session, type Context, type StorageAdapter } from 'grammy';
import type { Redis } from 'ioredis';

/** One member the Telegram user represents, with the API session the link opened. */
export interface LinkedAccount {
  memberId: string;
  memberName: string;
  representativeName: string;
  sessionToken: string;
  /** Why the API refuses this account now (suspended, excluded, authority expired); null while it serves it. */
  refusal?: string | null;
}

/** A screen that asked for one typed value; the next plain text answers it. */
export type PendingInput = 'contract-price';

export interface SessionData {
  accounts: LinkedAccount[];
  currentMemberId: string | null;
  pendingInput?: PendingInput | null;
}

const initial = (): SessionData => ({ accounts: [], currentMemberId: null });

/** Sessions belong to the Telegram user, whichever chat they write from. */
export const sessionKey = (ctx: Pick<Context, 'from'>) => ctx.from?.id.toString();

/**
 * grammY writes a session back after every update that read it; most updates (a menu, a list) read it without a change,
 * so a write of what was read is left out. It saves a Redis round trip per update and never overwrites a change made
 * elsewhere meanwhile with an old copy.
 */
class UnchangedWritesSkipped<T> implements StorageAdapter<T> {
  private readonly readAs = new WeakMap<object, string>();

  constructor(private readonly storage: StorageAdapter<T>) {}

  async read(key: string): Promise<T | undefined> {
    const value = await this.storage.read(key);
    if (typeof value === 'object' && value !== null) this.readAs.set(value, JSON.stringify(value));
    return value;
  }

  async write(key: string, value: T): Promise<void> {
    const read = typeof value === 'object' && value !== null ? this.readAs.get(value) : undefined;
    if (read === undefined || read !== JSON.stringify(value)) await this.storage.write(key, value);
  }

  async delete(key: string): Promise<void> {
    await this.storage.delete(key);
  }
}

/** Keys of one bot in a shared Redis: `<prefix>session:<user>` and `<prefix>conversation:<chat>`. */
export function storageFor<T>(redis: Redis | null): StorageAdapter<T> {
  return redis
    ? new UnchangedWritesSkipped(new RedisAdapter<T>({ instance: redis }))
    : new MemorySessionStorage<T>();
}

export const sessionMiddleware = (redis: Redis | null, prefix: string) =>
  session({
    initial,
    getSessionKey: sessionKey,
    prefix: `${prefix}session:`,
    storage: storageFor<SessionData>(redis),
  });
