import { execFile, spawn } from 'node:child_process';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../logger.js';
import { startChildService, type ChildService } from './child-service.js';
import { freePort, waitForPort } from './free-port.js';

export const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
export const FERRETDB_VERSION = 'v1.24.2';

const run = promisify(execFile);

async function isExecutable(file: string): Promise<boolean> {
  return fs.access(file, constants.X_OK).then(
    () => true,
    () => false,
  );
}

export async function findOnPath(command: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export function ferretDbToolPath(toolsDir: string): string {
  return path.join(toolsDir, 'bin', 'ferretdb');
}

/** The ferretdb binaries to try, in order: the one on PATH, then the copy this project built under `toolsDir`. */
async function ferretDbCandidates(toolsDir: string): Promise<string[]> {
  const local = ferretDbToolPath(toolsDir);
  const found = [await findOnPath('ferretdb'), (await isExecutable(local)) ? local : undefined];
  return [...new Set(found.filter((binary): binary is string => binary !== undefined))];
}

const oneLine = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * Why `binary` cannot serve us, or null when it can: a FerretDB installed with a plain `go install` panics without the
 * version file its release build writes, and v2 needs a PostgreSQL extension.
 */
export async function ferretDbFault(binary: string): Promise<string | null> {
  try {
    const { stdout } = await run(binary, ['--version'], { timeout: 10_000 });
    return /^version: v1\./m.test(stdout) ? null : `not FerretDB v1 (${oneLine(stdout)[0] ?? 'no version'})`;
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    const lines = oneLine(stderr ?? '');
    return lines.find((line) => line.startsWith('panic:')) ?? lines[0] ?? oneLine(message)[0] ?? 'failed';
  }
}

/** The first ferretdb that works; each broken one is named in one line of the log and in `faults`. */
export async function findWorkingFerretDb(
  toolsDir: string,
  log: Logger,
  faults: string[] = [],
): Promise<string | undefined> {
  for (const binary of await ferretDbCandidates(toolsDir)) {
    const fault = await ferretDbFault(binary);
    if (!fault) return binary;
    faults.push(`${binary} does not work (${fault})`);
    log.warn(`FerretDB: ${binary} does not work (${fault}), trying the next option`);
  }
  return undefined;
}

function goBuild(args: string[], cwd: string, log: Logger): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('go', args, { cwd, env: { ...process.env, GOFLAGS: '-mod=mod' } });
    let packages = 0;
    let tail = '';
    const progress = setInterval(
      () => log.info(`FerretDB: still compiling, ${packages} packages built so far…`),
      10_000,
    );
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      packages += text.split('\n').filter((line) => line && !line.startsWith('go: ')).length;
      tail = (tail + text).slice(-2000);
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      clearInterval(progress);
      if (code === 0) resolve();
      else reject(new Error(`go ${args[0]} failed (exit ${code}): ${tail}`));
    });
  });
}

/**
 * Builds FerretDB v1 from the Go module proxy into `<toolsDir>/bin/ferretdb`. The module is built through a local
 * replace because its CLI refuses to start without the version file that only its own release build writes.
 */
export async function installFerretDb(toolsDir: string, log: Logger): Promise<string> {
  if (!(await findOnPath('go'))) throw new Error('Go is not installed, so FerretDB cannot be built');
  const buildDir = path.join(toolsDir, 'ferretdb-build');
  await fs.rm(buildDir, { recursive: true, force: true });
  await fs.mkdir(buildDir, { recursive: true });
  await fs.writeFile(path.join(buildDir, 'go.mod'), 'module ferretdb-build\n\ngo 1.22\n');
  log.info(`FerretDB: downloading ${FERRETDB_MODULE}@${FERRETDB_VERSION} from the Go module proxy…`);
  const { stdout } = await run('go', ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], {
    cwd: buildDir,
    env: { ...process.env, GOFLAGS: '-mod=mod' },
  });
  const moduleDir = (JSON.parse(stdout) as { Dir: string }).Dir;
  const source = path.join(buildDir, 'src');
  await fs.cp(moduleDir, source, { recursive: true });
  await run('chmod', ['-R', 'u+w', source]);
  await fs.writeFile(path.join(source, 'build/version/version.txt'), `${FERRETDB_VERSION}\n`);
  await fs.appendFile(
    path.join(buildDir, 'go.mod'),
    `require ${FERRETDB_MODULE} ${FERRETDB_VERSION}\nreplace ${FERRETDB_MODULE} => ./src\n`,
  );
  const target = ferretDbToolPath(toolsDir);
  const partial = `${target}.partial`;
  log.info('FerretDB: compiling (a first build takes a few minutes)…');
  await goBuild(['build', '-v', '-o', partial, `${FERRETDB_MODULE}/cmd/ferretdb`], buildDir, log);
  await fs.rename(partial, target);
  await fs.rm(buildDir, { recursive: true, force: true });
  log.info(`FerretDB: installed at ${target}`);
  return target;
}

/** Starts FerretDB with its SQLite backend on a free loopback port; data stays in `dataDir`. */
export async function startFerretDb(
  binary: string,
  dataDir: string,
  log: Logger,
): Promise<ChildService & { uri: string }> {
  await fs.mkdir(dataDir, { recursive: true });
  const port = await freePort();
  const service = startChildService(
    binary,
    [
      '--handler=sqlite',
      `--sqlite-url=file:${dataDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      `--state-dir=${dataDir}`,
      '--debug-addr=-',
      '--telemetry=disable',
      '--log-level=error',
    ],
    log,
  );
  const exited = new Promise<never>((_resolve, reject) =>
    service.child.once('exit', (code, signal) =>
      reject(new Error(`${binary} exited (${signal ?? `code ${code}`}) before it listened`)),
    ),
  );
  exited.catch(() => undefined);
  try {
    await Promise.race([waitForPort(port, 15_000), exited]);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return { ...service, uri: `mongodb://127.0.0.1:${port}/` };
}

/** A FerretDB that works — on PATH, this project's build, or built now into `toolsDir` — started on `dataDir`. */
export async function provisionFerretDb(
  dataDir: string,
  toolsDir: string,
  log: Logger,
): Promise<ChildService & { uri: string }> {
  const faults: string[] = [];
  let binary = await findWorkingFerretDb(toolsDir, log, faults);
  if (!binary) {
    try {
      binary = await installFerretDb(toolsDir, log);
    } catch (error) {
      throw new Error([...faults, (error as Error).message].join('; '), { cause: error });
    }
  }
  return startFerretDb(binary, dataDir, log);
}
