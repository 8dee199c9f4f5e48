import { spawn } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { freePort } from '../../api/db/free-port.js';

function startMain(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts', ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitForHealth(port: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200 || Date.now() > deadline) return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the process entry point', () => {
  it('when PORT is not a number, then it exits 1 with one line naming the variable', async () => {
    const main = startMain({ PORT: 'abc' });
    expect(await main.exited).toBe(1);
    expect(main.output().trim().split('\n')).toEqual([
      'Configuration error: PORT: expected a port number (got "abc")',
    ]);
  });

  it('when a role is unknown, then it exits 1 naming --role', async () => {
    const main = startMain({}, ['--role', 'web']);
    expect(await main.exited).toBe(1);
    expect(main.output()).toMatch(/^Configuration error: --role: /);
  });

  it('when started with api and jobs, then /healthz answers 200 and SIGTERM stops it cleanly within 10 s', async () => {
    const port = await freePort();
    const main = startMain({
      PORT: String(port),
      MONGODB_URI: process.env.TEST_MONGODB_URI!,
      REDIS_URL: process.env.TEST_REDIS_URL!,
      ROLES: 'api,jobs',
    });
    expect(await waitForHealth(port, 20_000)).toBe(200);
    const stoppedAt = Date.now();
    main.child.kill('SIGTERM');
    expect(await main.exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(10_000);
  });
});
