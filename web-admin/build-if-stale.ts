import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Builds the staff app when web-admin/dist is missing or older than any of its sources; quiet otherwise. */
const root = path.dirname(fileURLToPath(import.meta.url));
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'tsconfig.json'];

function newest(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

function builtAt(): number {
  try {
    return statSync(path.join(root, 'dist', 'index.html')).mtimeMs;
  } catch {
    return 0;
  }
}

const sourcesAt = Math.max(...SOURCES.map((name) => newest(path.join(root, name))));
if (builtAt() < sourcesAt) {
  console.log('web-admin: building the staff app (web-admin/dist)…');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
