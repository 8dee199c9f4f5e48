import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '../logger.js';

export interface ChildService {
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts a helper server (mongod, FerretDB, redis-server) that lives exactly as long as this process:
 * stopped by `stop()`, and killed on exit if nobody stopped it.
 */
export function startChildService(command: string, args: string[], log: Logger): ChildService {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', (code, signal) => {
    process.removeListener('exit', killOnExit);
    if (code !== 0 && signal === null)
      log.warn({ command, code, output: output.join('').slice(-2000) }, 'service exited');
  });

  return {
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
