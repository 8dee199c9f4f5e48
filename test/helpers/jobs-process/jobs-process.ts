import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { OutboxTimings } from '../../../api/domain/notifications/outbox-delivery.repository.js';

export interface JobsProcessSettings {
  mongoUri: string;
  dbName: string;
  redisUrl: string;
  dataDir: string;
  smtpUrl?: string;
  telegram?: { token: string; apiRoot: string; messagesPerSecond: number };
  /** The outbox's lease and first retry pause; short in tests, so that a takeover or a retry comes in seconds. */
  timings: OutboxTimings;
  idleMs: number;
}

export interface JobsProcess {
  readonly pid: number;
  /** CPU time (user and system) the process has used, ms, and its resident memory, MiB (from /proc). */
  usage(): Promise<{ cpuMs: number; rssMiB: number }>;
  /** Stops it the way SIGTERM does (running work gets 5 s) and waits for its exit. */
  stop(): Promise<void>;
  /** SIGKILL: no chance to record anything more. */
  kill(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./jobs-child.process.ts', import.meta.url));
const TICKS_PER_SECOND = 100;

/** Starts a jobs process of its own (through tsx) and resolves once it is dispatching. */
export async function startJobsProcess(
  settings: Partial<JobsProcessSettings> & Pick<JobsProcessSettings, 'mongoUri' | 'dbName' | 'redisUrl'>,
): Promise<JobsProcess> {
  const full: JobsProcessSettings = {
    dataDir: tmpdir(),
    timings: { leaseMs: 8000, firstRetryMs: 500 },
    idleMs: 200,
    ...settings,
  };
  const child: ChildProcess = fork(CHILD, [JSON.stringify(full)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the jobs process exited with ${code} before it started`)));
  });
  const exited = once(child, 'exit');
  return {
    pid: child.pid!,
    async usage() {
      const stat = (await readFile(`/proc/${child.pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      // fields 14 and 15 of stat (utime, stime), counted here from the state field, which is the 3rd
      const ticks = Number(stat[11]) + Number(stat[12]);
      return { cpuMs: (ticks * 1000) / TICKS_PER_SECOND, rssMiB: rssKiB / 1024 };
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.send('stop');
      await exited;
    },
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
