/**
 * What a 1 000-item calendar feed costs to build: the render step alone on the member's 1 000 entries, the reads
 * alone, the whole use case (token, account, reads, render, hash, version check) with the read cache off, so that
 * every build reads and renders, and on, as in production; and the feed fetched over HTTP from the real app, in full
 * (200) and unchanged (304). Run with `npx tsx bench/calendar.bench.ts`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { request } from 'undici';
import { buildCalendarFeed } from '../api/domain/calendar/build-calendar-feed.use-case.js';
import { listCalendarEntries } from '../api/domain/calendar/list-calendar-entries.js';
import { createApp } from '../api/http/app.js';
import { renderCalendarFeed } from '../api/http/calendar/calendar-feed.view.js';
import { createLogger } from '../api/logger.js';
import { startBenchServices } from './bench-services.js';
import { seedCalendarMember } from './seed-calendar-member.js';

const RUNS = 50;
const WARM_UP = 5;
const TARGET_MS = 100;
const PUBLIC_URL = 'http://bench.local';

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;

/**
 * Wall time of each run, and the CPU time this process spent in it (every thread: the garbage collector's too), which
 * a busy machine inflates much less than the wall time. The database and Redis run in processes of their own.
 */
async function timed(run: () => Promise<unknown> | unknown) {
  for (let i = 0; i < WARM_UP; i += 1) await run();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const usage = process.cpuUsage();
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
    const spent = process.cpuUsage(usage);
    cpu.push((spent.user + spent.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    median: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    max: times.at(-1)!,
    cpu: percentile(cpu, 0.5),
  };
}

const stops: (() => Promise<unknown>)[] = [];
const log = createLogger('info');
try {
  const { db, hasher, redisUrl, kinds, readCache } = await startBenchServices(
    'sro-bench-calendar',
    log,
    stops,
  );
  const { token, memberId } = await seedCalendarMember();
  const redis = new Redis(redisUrl);
  stops.push(async () => redis.disconnect());
  const app = createApp({ db, log: createLogger('silent'), publicUrl: PUBLIC_URL, hasher, redis });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(() => new Promise((resolve) => server.close(resolve)));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/calendar/${token}.ics`;

  const entries = await listCalendarEntries(memberId, new Date());
  const content = { name: 'СРО — ООО «Календарь-Бенч»', entries };
  const text = renderCalendarFeed(content, PUBLIC_URL);
  const fetchFeed = async (headers: Record<string, string> = {}) => {
    const response = await request(feedUrl, { headers });
    const body = await response.body.text();
    return { status: response.statusCode, etag: String(response.headers.etag), body };
  };
  const first = await fetchFeed();
  if (first.status !== 200 || first.body !== text)
    throw new Error(`the feed over HTTP differs (${first.status})`);

  log.info(`bench: ${entries.length} entries, ${RUNS} runs each after ${WARM_UP} to warm up`);
  const render = await timed(() => renderCalendarFeed(content, PUBLIC_URL));
  const reads = await timed(() => listCalendarEntries(memberId, new Date()));
  const build = () => buildCalendarFeed(token, (feed) => renderCalendarFeed(feed, PUBLIC_URL));
  const full = async () => {
    if ((await fetchFeed()).status !== 200) throw new Error('the feed did not answer 200');
  };
  const unchanged = async () => {
    if ((await fetchFeed({ 'if-none-match': first.etag })).status !== 304) throw new Error('no 304');
  };
  readCache.off();
  const coldBuild = await timed(build);
  const coldFull = await timed(full);
  const coldUnchanged = await timed(unchanged);
  readCache.on();
  const warmBuild = await timed(build);
  const warmFull = await timed(full);
  const warmUnchanged = await timed(unchanged);

  const ms = (value: number) => value.toFixed(1);
  const met = (value: number) => (value <= TARGET_MS ? 'yes' : 'NO');
  const row = (measure: string, figures: Awaited<ReturnType<typeof timed>>, target = '') => ({
    measure,
    'median, ms': ms(figures.median),
    'p95, ms': ms(figures.p95),
    'max, ms': ms(figures.max),
    'CPU here, median ms': ms(figures.cpu),
    target,
  });
  console.table([
    row('render of the entries (ical-generator, folding)', render, `≤ ${TARGET_MS}: ${met(render.p95)}`),
    row('reads of the entries (6 queries)', reads),
    row('cache off: buildCalendarFeed (token, account, reads, render, hash)', coldBuild),
    row('cache off: GET /calendar/<token>.ics, 200', coldFull),
    row('cache off: GET with If-None-Match, 304', coldUnchanged),
    row('cache on: buildCalendarFeed', warmBuild, `≤ ${TARGET_MS}: ${met(warmBuild.p95)}`),
    row('cache on: GET /calendar/<token>.ics, 200', warmFull, `≤ ${TARGET_MS}: ${met(warmFull.p95)}`),
    row('cache on: GET with If-None-Match, 304', warmUnchanged),
  ]);
  const load = os.loadavg().map((value) => value.toFixed(1));
  console.log(
    `database: ${kinds.mongo}; ${entries.length} entries, feed ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB; ` +
      `${os.cpus().length} cores, load average ${load.join(' / ')}`,
  );
} catch (error) {
  log.error({ err: error }, 'benchmark failed');
  process.exitCode = 1;
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
}
