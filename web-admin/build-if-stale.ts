import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'tsconfig.json'];
/** Held while building, so that test files starting together build once and never read a half-written dist. */
const LOCK_DIR = path.resolve(root, '..', 'var', 'web-admin-build.lock');
const LOCK_STALE_MS = 5 * 60_000;

export const ADMIN_DIST_DIR = path.join(root, 'dist');

function newest(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

function builtAt(): number {
  try {
    return statSync(path.join(ADMIN_DIST_DIR, 'index.html')).mtimeMs;
  } catch {
    return 0;
  }
}

/** Whether web-admin/dist is missing or older than any of its sources. */
export const isAdminBuildStale = () =>
  builtAt() < Math.max(...SOURCES.map((name) => newest(path.join(root, name))));

async function acquireLock(): Promise<void> {
  mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // a build that died leaves its lock behind; no build takes minutes
      const age = Date.now() - (statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > LOCK_STALE_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      else await sleep(200);
    }
  }
}

/**
 * Runs `work` while no other process builds the staff app (tests, the demo and the screenshots share web-admin/dist).
 */
export async function withAdminBuildLock<T>(work: () => Promise<T> | T): Promise<T> {
  await acquireLock();
  try {
    return await work();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

async function buildUnlocked(): Promise<boolean> {
  if (!isAdminBuildStale()) return false;
  console.log('web-admin: building the staff app (web-admin/dist)…');
  // loaded only when there is something to build: vite is large
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

/**
 * Builds the staff app when web-admin/dist is missing or older than any of its sources; quiet otherwise. Answers
 * whether it built.
 */
export const buildAdminIfStale = (): Promise<boolean> => withAdminBuildLock(buildUnlocked);

/** The same under a lock already held (see withAdminBuildLock). */
export const buildAdminIfStaleLocked = buildUnlocked;

/** `tsx web-admin/build-if-stale.ts [--lock-held]`: the latter when the caller holds the lock for this build. */
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await (process.argv.includes('--lock-held') ? buildAdminIfStaleLocked() : buildAdminIfStale());
}
