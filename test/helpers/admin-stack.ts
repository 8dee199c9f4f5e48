import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { chromium, type Browser } from 'playwright-core';
import { connectDatabase } from '../../api/db/connection.js';
import { startReadCache } from '../../api/db/read-cache.js';
import { createPasswordHasher } from '../../api/domain/accounts/password-hasher.js';
import { createApp, type HttpDeps } from '../../api/http/app.js';
import type { Logger } from '../../api/logger.js';
import type { Jobs } from '../../jobs/index.js';
import { ADMIN_DIST_DIR, isAdminBuildStale, withAdminBuildLock } from '../../web-admin/build-if-stale.js';
import { createTestJobs } from './test-jobs.js';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's chromium, headless, as the tests and tools drive it; in Russian, so dates in inputs read as staff see them. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--lang=ru-RU'] });

export interface AdminAppCopy {
  /** A copy of web-admin/dist taken right after the build, for adminAppDir. */
  dir: string;
  remove(): void;
}

const BUILD_SCRIPT = path.resolve('web-admin/build-if-stale.ts');
const TSX = path.resolve('node_modules/.bin/tsx');

/**
 * Builds the staff app when its sources are newer than web-admin/dist and copies the build aside, so that a rebuild
 * started meanwhile (by another test file, or while the app's sources are being edited) cannot pull the files from
 * under a running server. The build runs in a process of its own: vite's bundler does not load inside jest's module
 * sandbox.
 */
export async function prepareAdminApp(): Promise<AdminAppCopy> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sro-admin-dist-'));
  await withAdminBuildLock(async () => {
    if (isAdminBuildStale()) {
      await promisify(execFile)(TSX, [BUILD_SCRIPT, '--lock-held'], { maxBuffer: 16 * 1024 * 1024 });
    }
    cpSync(ADMIN_DIST_DIR, dir, { recursive: true });
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface AdminStackOptions {
  mongoUri: string;
  dbName: string;
  redisUrl: string;
  adminAppDir: string;
  log: Logger;
  /** Where the jobs send e-mail; without it no jobs run. */
  smtpUrl?: string;
  /** For e-mails written into files, should SMTP be absent. */
  dataDir: string;
  /**
   * Fills the database once it is connected and before the jobs start (the demo seed drops every collection, the
   * jobs' own included).
   */
  seed?: () => Promise<unknown>;
}

export interface AdminStack {
  /** http://127.0.0.1:<port>, also the app's public URL, so that cookies and Origin match what the browser sees. */
  baseUrl: string;
  deps: HttpDeps;
  jobs: Jobs | null;
  stop(): Promise<void>;
}

/**
 * The real API in-process, as the api role runs it: on a free loopback port, the built staff app under /admin, the
 * read cache on Redis, and (given SMTP) the jobs that deliver the outbox. mongoose's default connection is used,
 * as the models expect.
 */
export async function startAdminStack(options: AdminStackOptions): Promise<AdminStack> {
  const stops: (() => Promise<unknown>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    const db = await connectDatabase(options.mongoUri, options.dbName);
    stops.push(() => db.close());
    await options.seed?.();
    const redis = new Redis(options.redisUrl, { lazyConnect: true, enableAutoPipelining: true });
    await redis.connect();
    stops.push(async () => redis.disconnect());
    const stopReadCache = startReadCache(redis, options.dbName, (error) =>
      options.log.warn({ err: error }, 'read cache: Redis call failed'),
    );
    stops.push(async () => stopReadCache());

    let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
    const server = http.createServer((req, res) => handler(req, res));
    server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    );
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const deps: HttpDeps = {
      db,
      log: options.log,
      publicUrl: baseUrl,
      hasher: createPasswordHasher(),
      redis,
      adminAppDir: options.adminAppDir,
    };
    handler = createApp(deps);

    let jobs: Jobs | null = null;
    if (options.smtpUrl) {
      jobs = createTestJobs({
        log: options.log,
        publicUrl: baseUrl,
        dataDir: options.dataDir,
        mail: { smtpUrl: options.smtpUrl, from: 'СРО <no-reply@sro.test>' },
      });
      await jobs.start();
      const started = jobs;
      stops.push(() => started.stop(5000));
    }
    return { baseUrl, deps, jobs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
