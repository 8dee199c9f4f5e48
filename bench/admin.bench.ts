/**
 * What the staff app costs with a few years of mail: the inbox's API answer at a steady 20 requests per second over
 * 10 000 appeals of 2 000 members, the app's first screen in headless Chromium (from navigation to the 25th inbox row),
 * and the production bundle's JavaScript. Run with `npm run bench:admin`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import mongoose from 'mongoose';
import { createPasswordHasher } from '../api/domain/accounts/password-hasher.js';
import { ensureIndexes } from '../api/domain/models.js';
import { createLogger } from '../api/logger.js';
import { launchChromium, prepareAdminApp, startAdminStack } from '../test/helpers/admin-stack.js';
import { BENCH_STAFF_PASSWORD, seedAdminInbox } from './seed-admin-inbox.js';
import { provisionBenchData } from './bench-services.js';

const MEMBERS = 2000;
const APPEALS = 10_000;
const RATE = 20;
const DURATION_S = 20;
const P95_TARGET_MS = 150;
const FIRST_SCREEN_TARGET_MS = 2000;
const FIRST_SCREEN_RUNS = 3;
const INBOX_PATH = '/api/v1/staff/appeals?status=submitted,registered,in_progress&sort=dueAt&perPage=25';
const COUNTS_PATH = '/api/v1/staff/appeals/counts';

const percentile = (sorted: readonly number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const met = (ok: boolean) => (ok ? 'yes' : 'NO');

/** Latency of every response at a fixed overall rate; the status codes other than 200 are counted. */
async function steadyLatency(url: string, cookie: string) {
  const times: number[] = [];
  let other = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, headers: { cookie }, connections: 4, duration: DURATION_S, overallRate: RATE, timeout: 120 },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      times.push(responseTime);
      if (status !== 200) other += 1;
    });
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    answered: times.length,
    failures: result.errors + result.timeouts + other,
  };
}

/** One request at a time, `count` times: what a single member of staff waits for with nobody else on the server. */
async function sequentialLatency(url: string, cookie: string, count: number) {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return { p50: median(times), max: Math.max(...times) };
}

const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : value.toFixed(1));
const latencyText = (run: { p50: number; p95: number; p99: number; answered: number }) =>
  run.answered === 0
    ? `none answered within ${DURATION_S} s`
    : `${ms(run.p50)} / ${ms(run.p95)} / ${ms(run.p99)} (${run.answered} answered)`;

const stops: (() => Promise<unknown>)[] = [];
const log = createLogger('info');
try {
  const { mongo, redis } = await provisionBenchData(log, stops);
  const app = await prepareAdminApp();
  stops.push(async () => app.remove());
  const hasher = createPasswordHasher();
  const seeded: { data?: Awaited<ReturnType<typeof seedAdminInbox>> } = {};
  const stack = await startAdminStack({
    mongoUri: mongo.uri,
    dbName: 'sro-admin-bench',
    redisUrl: redis.url!,
    adminAppDir: app.dir,
    log: createLogger('silent'),
    dataDir: path.resolve('var'),
    seed: async () => {
      const started = performance.now();
      await mongoose.connection.dropDatabase();
      await ensureIndexes();
      seeded.data = await seedAdminInbox(hasher, { members: MEMBERS, appeals: APPEALS });
      log.info(
        `bench: ${APPEALS} appeals (${seeded.data.counts.open} open) of ${MEMBERS} members seeded in ` +
          `${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    },
  });
  stops.push(stack.stop);
  // before the stack closes the connection (stops run in reverse)
  stops.push(() => mongoose.connection.dropDatabase());
  const data = seeded.data!;

  const signIn = await fetch(`${stack.baseUrl}/api/v1/auth/staff/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: data.staffEmail, password: BENCH_STAFF_PASSWORD }),
  });
  if (!signIn.ok) throw new Error(`staff sign-in answered ${signIn.status}`);
  const token = ((await signIn.json()) as { token: string }).token;
  const cookie = `sid=${token}`;
  const coldStarted = performance.now();
  const firstPage = await fetch(`${stack.baseUrl}${INBOX_PATH}`, { headers: { cookie } });
  const coldInboxMs = performance.now() - coldStarted;
  const firstBody = (await firstPage.json()) as { items: unknown[]; total: number };
  if (firstBody.items.length !== 25) throw new Error(`the inbox answered ${firstBody.items.length} rows`);
  const counts = await fetch(`${stack.baseUrl}${COUNTS_PATH}`, { headers: { cookie } });
  log.info(`bench: first inbox answer ${coldInboxMs.toFixed(0)} ms (${firstBody.total} open appeals)`);

  log.info('bench: the inbox and the counts one request at a time');
  const inboxAlone = await sequentialLatency(`${stack.baseUrl}${INBOX_PATH}`, cookie, 5);
  const countsAlone = counts.ok ? await sequentialLatency(`${stack.baseUrl}${COUNTS_PATH}`, cookie, 5) : null;
  // requests autocannon gave up on at the end of its run are still being answered: wait for them before going on
  const drain = () => sequentialLatency(`${stack.baseUrl}${INBOX_PATH}`, cookie, 1);
  log.info(`bench: inbox at ${RATE} req/s for ${DURATION_S} s`);
  const inbox = await steadyLatency(`${stack.baseUrl}${INBOX_PATH}`, cookie);
  await drain();
  const countsLatency = counts.ok ? await steadyLatency(`${stack.baseUrl}${COUNTS_PATH}`, cookie) : null;
  await drain();

  log.info(`bench: first screen in Chromium, ${FIRST_SCREEN_RUNS} runs`);
  const browser = await launchChromium();
  stops.push(() => browser.close());
  const firstScreens: number[] = [];
  const firstScreenScripts = new Set<string>();
  for (let run = 0; run < FIRST_SCREEN_RUNS; run += 1) {
    // a new context each time: an empty cache, as on the first visit of the day after a release
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ru-RU' });
    await context.addCookies([{ name: 'sid', value: token, url: stack.baseUrl }]);
    const page = await context.newPage();
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/admin/assets/') && pathname.endsWith('.js')) {
        firstScreenScripts.add(path.basename(pathname));
      }
    });
    const started = performance.now();
    await page.goto(`${stack.baseUrl}/admin/#/appeals`);
    await page
      .getByRole('link', { name: /^ОБР-\d{4}-\d{6}$/ })
      .nth(24)
      .waitFor({ timeout: 180_000 })
      .catch(async (error: unknown) => {
        await page.screenshot({ path: path.resolve('var/admin-bench-first-screen.png') });
        throw error;
      });
    firstScreens.push(performance.now() - started);
    await context.close();
  }

  const assetsDir = path.join(app.dir, 'assets');
  const scripts = readdirSync(assetsDir).filter((file) => file.endsWith('.js'));
  const sizeOf = (files: Iterable<string>) => {
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const content = readFileSync(path.join(assetsDir, file));
      raw += content.length;
      gzip += gzipSync(content).length;
    }
    return { raw, gzip };
  };
  const bundle = sizeOf(scripts);
  const firstScreenBundle = sizeOf(firstScreenScripts);
  const firstScreen = median(firstScreens);

  console.table([
    {
      measure: `inbox ${INBOX_PATH.replace('/api/v1', '')} at ${RATE} req/s for ${DURATION_S} s: p50 / p95 / p99, ms`,
      value: latencyText(inbox),
      target: `p95 ≤ ${P95_TARGET_MS}: ${met(inbox.answered > 0 && inbox.p95 <= P95_TARGET_MS)}`,
    },
    {
      measure: 'inbox, one request at a time (5): median / max, ms',
      value: `${ms(inboxAlone.p50)} / ${ms(inboxAlone.max)}`,
      target: '',
    },
    ...(countsLatency && countsAlone
      ? [
          {
            measure: `/staff/appeals/counts at ${RATE} req/s: p50 / p95 / p99, ms`,
            value: latencyText(countsLatency),
            target: '',
          },
          {
            measure: '/staff/appeals/counts, one at a time (5): median / max, ms',
            value: `${ms(countsAlone.p50)} / ${ms(countsAlone.max)}`,
            target: '',
          },
        ]
      : []),
    {
      measure: `first screen (navigation → 25th inbox row), median of ${FIRST_SCREEN_RUNS}, ms`,
      value: firstScreen.toFixed(0),
      target: `≤ ${FIRST_SCREEN_TARGET_MS}: ${met(firstScreen <= FIRST_SCREEN_TARGET_MS)}`,
    },
    {
      measure: 'first screen runs, ms',
      value: firstScreens.map((run) => run.toFixed(0)).join(', '),
      target: '',
    },
    {
      measure: `JavaScript in web-admin/dist/assets (${scripts.length} files), gzip (raw)`,
      value: `${kib(bundle.gzip)} (${kib(bundle.raw)})`,
      target: '',
    },
    {
      measure: `JavaScript the first screen loads (${firstScreenScripts.size} files), gzip (raw)`,
      value: `${kib(firstScreenBundle.gzip)} (${kib(firstScreenBundle.raw)})`,
      target: '',
    },
  ]);
  console.log(
    `database: ${mongo.kind}; ${data.counts.appeals} appeals, ${data.counts.open} open, ${firstBody.total} in the ` +
      `inbox's filter; machine: ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}` +
      (countsLatency ? '' : '; GET /staff/appeals/counts: absent'),
  );
  const failures = inbox.failures + (countsLatency?.failures ?? 0);
  if (failures > 0) console.log(`${failures} requests failed, timed out or answered other than 200`);
  process.exitCode = failures > 0 ? 1 : 0;
} catch (error) {
  log.error({ err: error }, 'benchmark failed');
  process.exitCode = 1;
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
}
