import { spawn } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { freePort } from '../../../api/db/free-port.js';

async function waitForStatus(url: string, wanted: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await fetch(url).then(
      (res) => res.status,
      () => 0,
    );
    if (status === wanted || Date.now() > deadline) return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the metrics port of a process', () => {
  it('when a jobs-only process runs with METRICS_PORT, then it serves /healthz, /readyz and its own /metrics there', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'api/main.ts'], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LOG_LEVEL: 'warn',
        MONGODB_URI: process.env.TEST_MONGODB_URI!,
        REDIS_URL: process.env.TEST_REDIS_URL!,
        ROLES: 'jobs',
        METRICS_PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    const scrape = async () => {
      const ready = await waitForStatus(`${base}/readyz`, 200, 60_000);
      const healthz = (await fetch(`${base}/healthz`)).status;
      const metrics = await fetch(`${base}/metrics`);
      return { ready, healthz, contentType: metrics.headers.get('content-type'), text: await metrics.text() };
    };
    const { ready, healthz, contentType, text } = await scrape().finally(() => child.kill('SIGTERM'));
    expect(ready).toBe(200);
    expect(await exited).toBe(0);
    expect(output).not.toMatch(/"level":(50|60)/);
    expect(healthz).toBe(200);
    expect(contentType).toMatch(/^text\/plain/);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
    expect(text).toMatch(/^outbox_undelivered_messages \d+$/m);
    expect(text).toMatch(/^outbox_oldest_undelivered_age_seconds \d/m);
    expect(text).toContain('# TYPE agenda_jobs_total counter');
    expect(text).not.toMatch(/^http_request_duration_seconds_count/m);
  }, 90_000);
});
