import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { findOnPath, provisionFerretDb } from './ferretdb.js';
import { canReach } from './free-port.js';

export type MongoKind = 'MONGODB_URI' | 'mongodb-memory-server' | 'FerretDB';

export interface ProvisionedMongo {
  uri: string;
  kind: MongoKind;
  stop(): Promise<void>;
}

export interface MongoProvisionOptions {
  uri?: string;
  /** Where the embedded server keeps its data; a temporary folder when omitted (removed on stop). */
  dataDir?: string;
  /** Where FerretDB is built when neither mongod nor ferretdb can be found. */
  toolsDir: string;
  log: Logger;
}

const MONGODB_DOWNLOAD_HOST = 'fastdl.mongodb.org';

export class ProvisioningError extends Error {}

async function mongodBinary(): Promise<string | undefined> {
  return process.env.MONGOMS_SYSTEM_BINARY || (await findOnPath('mongod'));
}

async function startMemoryServer(dataDir: string, keepData: boolean): Promise<ProvisionedMongo> {
  const systemBinary = await mongodBinary();
  if (!systemBinary && !(await canReach(MONGODB_DOWNLOAD_HOST, 443, 3000))) {
    throw new Error(
      `no mongod on this machine and ${MONGODB_DOWNLOAD_HOST} cannot be reached to download one`,
    );
  }
  const { MongoMemoryServer } = await import('mongodb-memory-server-core');
  const dbPath = path.join(dataDir, 'mongodb');
  await fs.mkdir(dbPath, { recursive: true });
  const server = await MongoMemoryServer.create({
    instance: { dbPath, ip: '127.0.0.1' },
    ...(systemBinary ? { binary: { systemBinary } } : {}),
  });
  return {
    uri: server.getUri(),
    kind: 'mongodb-memory-server',
    stop: async () => {
      await server.stop({ doCleanup: !keepData, force: !keepData });
    },
  };
}

async function startFerret(dataDir: string, toolsDir: string, log: Logger): Promise<ProvisionedMongo> {
  const server = await provisionFerretDb(path.join(dataDir, 'ferretdb'), toolsDir, log);
  return { uri: server.uri, kind: 'FerretDB', stop: server.stop };
}

/**
 * MONGODB_URI if given, else an embedded mongod (mongodb-memory-server), else FerretDB v1 on SQLite,
 * built from the Go module proxy on first use. Logs the one that is used; names all three when none works.
 */
export async function provisionMongo(options: MongoProvisionOptions): Promise<ProvisionedMongo> {
  const { log } = options;
  if (options.uri) {
    log.info('MongoDB: using MONGODB_URI');
    return { uri: options.uri, kind: 'MONGODB_URI', stop: async () => {} };
  }
  const keepData = options.dataDir !== undefined;
  const dataDir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'sro-db-')));
  const removeTemporary = async () => {
    if (!keepData) await fs.rm(dataDir, { recursive: true, force: true });
  };
  const failures: string[] = [];
  for (const [name, start] of [
    ['mongodb-memory-server', () => startMemoryServer(dataDir, keepData)],
    ['FerretDB', () => startFerret(dataDir, options.toolsDir, log)],
  ] as const) {
    try {
      const server = await start();
      log.info(`MongoDB: started ${server.kind} at ${server.uri} (data in ${dataDir})`);
      return {
        ...server,
        stop: async () => {
          await server.stop();
          await removeTemporary();
        },
      };
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
      log.info(
        `MongoDB: ${name} unavailable (${(error as Error).message.split('\n')[0]}), trying the next option`,
      );
    }
  }
  await removeTemporary();
  throw new ProvisioningError(
    'No MongoDB could be provisioned. Set MONGODB_URI to a running server, or install mongod ' +
      '(on PATH or via MONGOMS_SYSTEM_BINARY) for mongodb-memory-server, or install Go so that FerretDB v1 ' +
      `can be built (or put a working ferretdb v1 on PATH). Tried: ${failures.join('; ')}`,
  );
}
