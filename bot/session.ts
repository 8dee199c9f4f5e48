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

/** Keys of one bot in a shared Redis: `<prefix>session:<user>` and `<prefix>conversation:<chat>`. */
export function storageFor<T>(redis: Redis | null): StorageAdapter<T> {
  return redis ? new RedisAdapter<T>({ instance: redis }) : new MemorySessionStorage<T>();
}

export const sessionMiddleware = (redis: Redis | null, prefix: string) =>
  session({
    initial,
    getSessionKey: sessionKey,
    prefix: `${prefix}session:`,
    storage: storageFor<SessionData>(redis),
  });
