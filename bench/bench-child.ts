import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** A server of the benchmark in a process of its own, reached over IPC for its figures and its stop. */
export interface BenchChild {
  port: number;
  /** Sends `command` and resolves with the child's answer. */
  ask<T>(command: string): Promise<T>;
  /** Sends `command` (kills the process without one) and resolves once it has exited. */
  stop(command?: string): Promise<void>;
}

/**
 * Forks `script` (a `*.process.ts` beside this file, inheriting tsx) with `settings` as its argument and waits for the
 * port it reports listening on; `what` names it in the error when it exits instead.
 */
export async function forkBenchChild(script: string, settings: unknown, what: string): Promise<BenchChild> {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), [JSON.stringify(settings)]);
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.once('exit', (code) => reject(new Error(`${what} exited with ${code}`)));
  });
  return {
    port,
    async ask<T>(command: string) {
      child.send(command);
      const [answer] = (await once(child, 'message')) as [T];
      return answer;
    },
    async stop(command?: string) {
      const exited = once(child, 'exit');
      if (command) child.send(command);
      else child.kill();
      await exited;
    },
  };
}
