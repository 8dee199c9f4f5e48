import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';

export interface RoleProcessOptions {
  /** `api-1`, `jobs-2`, …: names the log file and the process in messages. */
  name: string;
  /** Environment of api/main.ts on top of this process's own. */
  env: Record<string, string>;
  /** Its internal port of /metrics, /healthz and /readyz (METRICS_PORT). */
  metricsPort: number;
  logDir: string;
  startTimeoutMs?: number;
}

export interface RoleProcess {
  readonly name: string;
  /** `http://127.0.0.1:<METRICS_PORT>/metrics`. */
  readonly metricsUrl: string;
  /** The operating system's process id while it runs. */
  readonly pid: number | undefined;
  readonly running: boolean;
  /** Starts it (again) and resolves once its /readyz answers 200: every role it runs has started. */
  start(): Promise<void>;
  /** Sends `signal` and resolves with how it ended once it has exited. */
  kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const MAIN = path.resolve('api', 'main.ts');

/** One process of the app (api/main.ts under tsx) with its JSON log written to `<logDir>/<name>.log`. */
export function roleProcess(options: RoleProcessOptions): RoleProcess {
  let child: ChildProcess | null = null;
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | null = null;
  let log: WriteStream | null = null;

  return {
    name: options.name,
    metricsUrl: `http://127.0.0.1:${options.metricsPort}/metrics`,
    get pid() {
      return child?.pid;
    },
    get running() {
      return child !== null && child.exitCode === null && child.signalCode === null;
    },
    async start() {
      if (this.running) throw new Error(`${options.name} is already running`);
      log ??= createWriteStream(path.join(options.logDir, `${options.name}.log`), { flags: 'w' });
      const started = spawn(process.execPath, ['--import', 'tsx', MAIN], {
        env: { ...process.env, ...options.env, METRICS_PORT: String(options.metricsPort) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = started;
      exited = once(started, 'exit').then(([code, signal]) => ({
        code: code as number | null,
        signal: signal as NodeJS.Signals | null,
      }));
      const killOnExit = () => started.kill('SIGKILL');
      process.once('exit', killOnExit);
      void exited.then(() => process.removeListener('exit', killOnExit));
      started.stdout!.pipe(log, { end: false });
      started.stderr!.pipe(log, { end: false });

      const timeoutMs = options.startTimeoutMs ?? 180_000;
      const deadline = Date.now() + timeoutMs;
      let gone: string | null = null;
      void exited.then(({ code, signal }) => (gone = String(signal ?? code)));
      const readyz = `http://127.0.0.1:${options.metricsPort}/readyz`;
      for (;;) {
        const status = await fetch(readyz, { signal: AbortSignal.timeout(2000) }).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200) return;
        if (gone !== null) {
          throw new Error(
            `${options.name} exited (${gone}) while starting; see ${path.join(options.logDir, `${options.name}.log`)}`,
          );
        }
        if (Date.now() > deadline) throw new Error(`${options.name} did not start within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    async kill(signal) {
      if (!child || !exited) throw new Error(`${options.name} was never started`);
      if (this.running) child.kill(signal);
      return exited;
    },
  };
}
