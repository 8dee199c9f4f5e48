import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { startChildService } from './child-service.js';
import { findOnPath } from './ferretdb.js';
import { freePort, waitForPort } from './free-port.js';

export interface ProvisionedRedis {
  /** null: no Redis at all; callers fall back to in-process memory (development only). */
  url: string | null;
  kind: 'REDIS_URL' | 'redis-server' | 'memory';
  stop(): Promise<void>;
}

export interface RedisProvisionOptions {
  url?: string;
  /** Where a started redis-server keeps its snapshot; a temporary folder without persistence when omitted. */
  dataDir?: string;
  /** When false, the in-memory fallback is refused (production, tests). */
  allowMemory: boolean;
  log: Logger;
}

/** REDIS_URL if given, else a local redis-server on a free loopback port, else in-memory with a warning. */
export async function provisionRedis(options: RedisProvisionOptions): Promise<ProvisionedRedis> {
  const { log } = options;
  if (options.url) {
    log.info('Redis: using REDIS_URL');
    return { url: options.url, kind: 'REDIS_URL', stop: async () => {} };
  }
  const binary = await findOnPath('redis-server');
  if (binary) {
    const persistent = options.dataDir !== undefined;
    const dir = options.dataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'sro-redis-')));
    await fs.mkdir(dir, { recursive: true });
    const port = await freePort();
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'no'];
    if (!persistent) args.push('--save', '');
    const service = startChildService(binary, args, log);
    await waitForPort(port, 10_000);
    log.info(`Redis: started redis-server at redis://127.0.0.1:${port}`);
    return {
      url: `redis://127.0.0.1:${port}`,
      kind: 'redis-server',
      stop: async () => {
        await service.stop();
        if (!persistent) await fs.rm(dir, { recursive: true, force: true });
      },
    };
  }
  if (!options.allowMemory) {
    throw new Error('No Redis: set REDIS_URL or install redis-server (apt-get install redis-server)');
  }
  log.warn(
    'Redis: no REDIS_URL and no redis-server on PATH; keeping sessions and rate limits in memory (development only)',
  );
  return { url: null, kind: 'memory', stop: async () => {} };
}
