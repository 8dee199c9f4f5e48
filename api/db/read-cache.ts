import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { BSON, type Document } from 'mongodb';
import type { Model, MongooseQueryMiddleware, Query, Schema } from 'mongoose';

/**
 * A Redis cache of hot reads (the session check, the cabinet summary, the staff inbox) that a write can never leave
 * stale.
 *
 * Every write through a model that feeds a cached read replaces generations: its collection's, and the member's own
 * when the write names one member or the shared one otherwise. An entry is stored with the generations it depends on,
 * read before the database was, and is served only while they are all unchanged, so a write that lands while a reader
 * is busy makes that reader's entry useless instead of stale. Entries also expire after `READ_CACHE_TTL_MS`, which
 * bounds what a write made without the cache configured (or while Redis was unreachable) can leave behind.
 */
const READ_CACHE_TTL_MS = 30_000;

/** `kind` is the cached read, the first part of its key (`session`, `cabinet-summary`…). */
export type CacheLookupListener = (kind: string, outcome: 'hit' | 'miss' | 'error') => void;
const kindOf = (key: string) => key.split(':', 1)[0]!;

interface ReadCacheState {
  redis: Redis;
  prefix: string;
  onError: (error: unknown) => void;
  onLookup: CacheLookupListener;
}

let state: ReadCacheState | null = null;

/** Turns the cache on for this process; `namespace` keeps databases sharing one Redis apart. Returns the stop. */
export function startReadCache(
  redis: Redis,
  namespace: string,
  onError: (error: unknown) => void,
  onLookup: CacheLookupListener = () => {},
): () => void {
  const started: ReadCacheState = { redis, prefix: `read-cache:${namespace}:`, onError, onLookup };
  state = started;
  return () => {
    if (state === started) state = null;
  };
}

/**
 * What a cached read depends on: the shared data (and one member's, when named), or only the named collections —
 * for a read across all members that no write to other collections can change.
 */
export type CacheDependency = { memberId?: string } | { collections: readonly string[] };

/** The generations an entry was computed under; null when the cache is off. */
export type CacheStamp = string[] | null;

export interface CacheRead<T> {
  value: T | null;
  /** Pass to `writeCache` with the value computed after this read. */
  stamp: CacheStamp;
  /** From when the value served is recomputed behind its readers (half its life). */
  refreshAt?: Date;
}

interface Entry {
  generations: string[];
  refreshAt: Date;
  value: Document;
}

const SHARED_GENERATION = 'generation:shared';
const memberGeneration = (memberId: string) => `generation:member:${memberId}`;
const collectionGeneration = (collection: string) => `generation:collection:${collection}`;
const NEVER_WRITTEN = '-';
/** A write to more members than this (a mailing, an import) replaces the shared generation instead. */
const MAX_MEMBERS_PER_WRITE = 100;

const generationsOf = (dependency: CacheDependency) =>
  'collections' in dependency
    ? dependency.collections.map(collectionGeneration)
    : [SHARED_GENERATION, ...(dependency.memberId ? [memberGeneration(dependency.memberId)] : [])];

/** The entry under `key` if no write touched what it depends on since it was stored. */
export async function readCache<T extends Document>(
  key: string,
  dependsOn: CacheDependency = {},
): Promise<CacheRead<T>> {
  const current = state;
  if (!current) return { value: null, stamp: null };
  const names = generationsOf(dependsOn);
  try {
    const [raw, ...generations] = await current.redis.mgetBuffer(
      [key, ...names].map((name) => current.prefix + name),
    );
    const stamp = generations.map((generation) => generation?.toString() ?? NEVER_WRITTEN);
    if (!raw) {
      current.onLookup(kindOf(key), 'miss');
      return { value: null, stamp };
    }
    const entry = BSON.deserialize(raw) as Entry;
    const fresh =
      entry.generations.length === stamp.length &&
      entry.generations.every((generation, index) => generation === stamp[index]);
    current.onLookup(kindOf(key), fresh ? 'hit' : 'miss');
    return fresh ? { value: entry.value as T, stamp, refreshAt: entry.refreshAt } : { value: null, stamp };
  } catch (error) {
    current.onLookup(kindOf(key), 'error');
    current.onError(error);
    return { value: null, stamp: null };
  }
}

export async function writeCache(
  key: string,
  value: Document,
  stamp: CacheStamp,
  ttlMs: number,
): Promise<void> {
  const current = state;
  const ttl = Math.min(Math.floor(ttlMs), READ_CACHE_TTL_MS);
  if (!current || !stamp || ttl <= 0) return;
  const entry: Entry = { generations: stamp, refreshAt: new Date(Date.now() + ttl / 2), value };
  try {
    await current.redis.set(current.prefix + key, Buffer.from(BSON.serialize(entry)), 'PX', ttl);
  } catch (error) {
    current.onError(error);
  }
}

const computing = new Map<string, Promise<Document>>();

/** Runs `compute` once at a time per key in this process; callers arriving meanwhile share its result. */
function once<T extends Document>(key: string, compute: () => Promise<T>): Promise<T> {
  const running = computing.get(key);
  if (running) return running as Promise<T>;
  const started = compute().finally(() => computing.delete(key));
  computing.set(key, started);
  return started;
}

/**
 * A read served from the cache: on a miss `compute` runs once for all callers of this process that saw the same
 * generations (a caller who saw a newer write never gets a value computed before it), and an entry past half its
 * life is recomputed in the background while it is still served, so that steady traffic never waits for an expiry.
 */
export async function cachedRead<T extends Document>(
  key: string,
  dependsOn: CacheDependency,
  ttlMs: number | ((value: T) => number),
  compute: () => Promise<T>,
): Promise<T> {
  const cached = await readCache<T>(key, dependsOn);
  // without the generations nothing tells whether a computation under way started before the caller's last write
  if (!cached.stamp) return compute();
  const computeAndStore = (stamp: string[]) =>
    once(`${key}@${stamp.join(',')}`, async () => {
      const value = await compute();
      await writeCache(key, value, stamp, typeof ttlMs === 'number' ? ttlMs : ttlMs(value));
      return value;
    });
  if (!cached.value) return computeAndStore(cached.stamp);
  if (cached.refreshAt && cached.refreshAt.getTime() <= Date.now()) {
    computeAndStore(cached.stamp).catch((error: unknown) => state?.onError(error));
  }
  return cached.value;
}

/** Replaces the generations of the collection and of the members written to (or the shared one). */
async function replaceGenerations(
  collection: string,
  memberIds: readonly string[] | 'shared',
): Promise<void> {
  const current = state;
  if (!current) return;
  const names = [
    collectionGeneration(collection),
    ...(memberIds === 'shared' ? [SHARED_GENERATION] : memberIds.map(memberGeneration)),
  ];
  const generation = randomBytes(9).toString('base64url');
  try {
    await current.redis.mset(names.flatMap((name) => [current.prefix + name, generation]));
  } catch (error) {
    current.onError(error);
  }
}

export interface InvalidationOptions {
  /** `member`: the collection's documents belong to one member through `memberId`; `shared`: they concern all. */
  scope: 'member' | 'shared';
  /** Inserts that cannot change a cached read (a new session, say) leave the cache alone. */
  ignoreInserts?: boolean;
  /** Updates that set only these fields leave the cache alone. */
  ignoredFields?: readonly string[];
}

type WriteQuery = Query<unknown, unknown>;

const QUERY_WRITES: MongooseQueryMiddleware[] = [
  'updateOne',
  'updateMany',
  'replaceOne',
  'findOneAndUpdate',
  'findOneAndReplace',
  'findOneAndDelete',
  'deleteOne',
  'deleteMany',
];

const asMemberId = (value: unknown): string | null =>
  value !== null && typeof value === 'object' && '_bsontype' in value
    ? String(value)
    : typeof value === 'string'
      ? value
      : null;

/** Mongoose adds these to updates of schemas with timestamps; they feed no cached read. */
const TIMESTAMPS = ['createdAt', 'updatedAt'];

function touchesOnly(update: unknown, fields: readonly string[]): boolean {
  if (!update || typeof update !== 'object' || fields.length === 0) return false;
  const paths = Object.entries(update).flatMap(([operator, value]) =>
    operator.startsWith('$') && value && typeof value === 'object' ? Object.keys(value) : [operator],
  );
  return paths.every((path) => fields.includes(path) || TIMESTAMPS.includes(path));
}

type HasMemberId = { memberId?: unknown };
type WrittenDocument = HasMemberId & { collection: { collectionName: string } };

/**
 * Mongoose plugin: every write through the model replaces the generations its documents belong to — also a write that
 * failed, since it may have reached the database all the same (a lost reply, a batch stopped half-way).
 */
export function invalidatesReadCache(schema: Schema, options: InvalidationOptions): void {
  const { scope, ignoreInserts = false, ignoredFields = [] } = options;
  const byDocuments = (collection: string, documents: readonly HasMemberId[]) => {
    if (scope === 'shared') return replaceGenerations(collection, 'shared');
    const memberIds = [...new Set(documents.map((document) => asMemberId(document.memberId)))];
    if (memberIds.length > MAX_MEMBERS_PER_WRITE) return replaceGenerations(collection, 'shared');
    return memberIds.every((id) => id !== null)
      ? replaceGenerations(collection, memberIds as string[])
      : replaceGenerations(collection, 'shared');
  };
  const byDocument = (document: WrittenDocument) =>
    byDocuments(document.collection.collectionName, [document]);
  const byQuery = (query: WriteQuery) => {
    if (touchesOnly(query.getUpdate(), ignoredFields)) return Promise.resolve();
    const memberId = scope === 'member' ? asMemberId(query.getFilter().memberId) : null;
    return replaceGenerations(query.model.collection.collectionName, memberId ? [memberId] : 'shared');
  };
  const thenFail = (replacing: Promise<void>, error: Error, next: (error: Error) => void) =>
    void replacing.then(() => next(error));

  if (!ignoreInserts) {
    schema.post('save', (document: WrittenDocument) => byDocument(document));
    schema.post(
      'save',
      function (this: WrittenDocument, error: Error, _: unknown, next: (error: Error) => void) {
        thenFail(byDocument(this), error, next);
      },
    );
    schema.post('insertMany', function (this: Model<unknown>, documents: unknown) {
      return byDocuments(this.collection.collectionName, documents as HasMemberId[]);
    });
    schema.post(
      'insertMany',
      function (this: Model<unknown>, error: Error, _: unknown, next: (error: Error) => void) {
        thenFail(replaceGenerations(this.collection.collectionName, 'shared'), error, next);
      },
    );
  }
  schema.post('deleteOne', { document: true, query: false }, (document: WrittenDocument) =>
    byDocument(document),
  );
  schema.post(QUERY_WRITES, { document: false, query: true }, function (this: WriteQuery) {
    return byQuery(this);
  });
  schema.post(
    QUERY_WRITES,
    { document: false, query: true },
    function (this: WriteQuery, error: Error, _: unknown, next: (error: Error) => void) {
      thenFail(byQuery(this), error, next);
    },
  );
}
