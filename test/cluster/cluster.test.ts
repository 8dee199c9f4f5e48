import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startCluster, type Cluster } from '../../deploy/cluster/start-cluster.js';
import { postWebhookUpdate, type RecordedCall } from '../helpers/bot-api-server.js';
import { silentLogger } from '../helpers/silent-logger.js';
import {
  activeRepresentatives,
  ClusterClient,
  staffAccount,
  startLoad,
  sampleSum,
  scrape,
  type Answer,
  type Representative,
} from './cluster-client.js';

const TELEGRAM_USER = 515_000_001;
/** Several passes of each jobs process's outbox dispatcher (an idle one looks every second): time for a second send. */
const QUIET_AFTER_PUSH_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SUMMARY = '/api/v1/cabinet/summary';

describe('the local cluster: two api processes behind the proxy, two jobs processes, a webhook bot', () => {
  let cluster: Cluster;
  let dataDir: string;
  let client: ClusterClient;
  let reps: Representative[];
  let sessions: { token: string; memberId: string; servedBy: string | null }[];
  let staffToken: string;
  let letterNo = 0;

  const pushesOf = (subject: string): RecordedCall[] =>
    cluster.botApi
      .callsOf('sendMessage')
      .filter((c) => c.params.chat_id === TELEGRAM_USER && String(c.params.text).includes(subject));

  const sendLetter = async (): Promise<string> => {
    letterNo += 1;
    const subject = `Письмо кластера № ${letterNo} (${Date.now()})`;
    const sent = await client.call('POST', '/api/v1/staff/letters', {
      token: staffToken,
      body: { subject, text: 'Проверка доставки.', memberIds: [sessions[0]!.memberId] },
    });
    expect(sent.status).toBe(201);
    return subject;
  };

  const waitForPush = (subject: string, timeoutMs: number) =>
    cluster.botApi.waitForCall(
      'sendMessage',
      (c) => c.params.chat_id === TELEGRAM_USER && String(c.params.text).includes(subject),
      timeoutMs,
    );

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'sro-cluster-'));
    cluster = await startCluster({ dataDir, port: 0, log: silentLogger });
    client = new ClusterClient(cluster.url);
    reps = await activeRepresentatives(cluster.credentialsPath);
    const staff = await staffAccount(cluster.credentialsPath);
    staffToken = await client.staffToken(staff.email, staff.password);
  }, 240_000);

  afterAll(async () => {
    await cluster?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('when representatives sign in and read the cabinet, then both api processes serve them and a session opened on one is valid on the other', async () => {
    const scrapedBefore = await Promise.all(cluster.api.map((api) => scrape(api.metricsUrl)));
    sessions = [];
    for (const rep of reps) {
      const signedIn = await client.signIn(rep);
      sessions.push(signedIn);
    }
    const reads: Answer[] = [];
    for (const session of sessions) {
      for (let i = 0; i < 2; i += 1) {
        reads.push(await client.call('GET', SUMMARY, { token: session.token }));
      }
    }

    expect(reads.map((r) => r.status)).toEqual(reads.map(() => 200));
    expect(new Set(sessions.map((s) => s.servedBy))).toEqual(new Set(['api-1', 'api-2']));
    expect(new Set(reads.map((r) => r.servedBy))).toEqual(new Set(['api-1', 'api-2']));
    const session = sessions[0]!;
    const other = session.servedBy === 'api-1' ? 'api-2' : 'api-1';
    const elsewhere = reads.slice(0, 2).find((r) => r.servedBy === other)!;
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body).toMatchObject({ company: expect.any(Object) });
    const scrapedAfter = await Promise.all(cluster.api.map((api) => scrape(api.metricsUrl)));
    const summaries = { route: SUMMARY, status_code: '200' };
    const counted = cluster.api.map(
      (_, i) =>
        sampleSum(scrapedAfter[i]!, 'http_request_duration_seconds_count', summaries) -
        sampleSum(scrapedBefore[i]!, 'http_request_duration_seconds_count', summaries),
    );
    expect(counted).toEqual(cluster.api.map((api) => reads.filter((r) => r.servedBy === api.name).length));
  }, 60_000);

  it('when staff send a letter while two jobs processes run, then the linked Telegram chat gets its push exactly once', async () => {
    const linkToken = await client.call('POST', '/api/v1/telegram/link-tokens', {
      token: sessions[0]!.token,
    });
    expect(linkToken.status).toBe(201);
    const webhookUrl = cluster.botApi.webhook().url ?? '';
    expect(webhookUrl).toBe(`${cluster.url}/telegram/webhook`);
    const botUpdates = async () =>
      sampleSum(await scrape(cluster.bot.metricsUrl), 'bot_updates_total', { outcome: 'handled' });
    const updatesBefore = await botUpdates();
    const update = cluster.botApi.userSends(`/start ${(linkToken.body as { token: string }).token}`, {
      from: { id: TELEGRAM_USER, first_name: 'Галина' },
      push: false,
    });
    const posted = await postWebhookUpdate(webhookUrl, cluster.webhookSecret, update);
    expect(posted.status).toBe(200);
    await cluster.botApi.waitForCall('sendMessage', (c) => c.params.chat_id === TELEGRAM_USER, 30_000);
    expect(await botUpdates()).toBe(updatesBefore + 1);

    const pushesCounted = async () => {
      const scraped = await Promise.all(cluster.jobs.map((jobs) => scrape(jobs.metricsUrl)));
      const sent = { channel: 'telegram', outcome: 'sent' };
      return scraped.reduce((sum, text) => sum + sampleSum(text, 'outbox_deliveries_total', sent), 0);
    };
    const countedBefore = await pushesCounted();
    const subject = await sendLetter();
    await waitForPush(subject, 30_000);
    await sleep(QUIET_AFTER_PUSH_MS);

    expect(pushesOf(subject)).toHaveLength(1);
    expect(await pushesCounted()).toBe(countedBefore + 1);
  }, 90_000);

  it('when an api and a jobs process are killed mid-load, then only requests in flight on the killed api fail and no push is lost or doubled', async () => {
    const load = startLoad(client, sessions, reps);
    const before = [await sendLetter(), await sendLetter()];
    for (const subject of before) await waitForPush(subject, 30_000);
    const killedAt = Date.now();
    await Promise.all([cluster.api[0]!.kill('SIGKILL'), cluster.jobs[0]!.kill('SIGKILL')]);
    const diedAt = Date.now();
    const after = [await sendLetter(), await sendLetter()];
    await sleep(3_000);
    const answers = await load.stop();
    for (const subject of after) await waitForPush(subject, 45_000);
    await sleep(QUIET_AFTER_PUSH_MS);

    const failed = answers.filter((a) => a.status === 0 || a.status >= 500);
    for (const failure of failed) {
      expect(failure).toMatchObject({ method: 'POST', servedBy: 'api-1' });
      expect(failure.startedAt).toBeLessThanOrEqual(diedAt);
    }
    expect(answers.filter((a) => a.startedAt < killedAt).length).toBeGreaterThan(5);
    const afterKill = answers.filter((a) => a.startedAt > diedAt);
    expect(afterKill.length).toBeGreaterThan(20);
    expect(new Set(afterKill.map((a) => a.servedBy))).toEqual(new Set(['api-2']));
    expect(afterKill.filter((a) => a.status !== 200)).toEqual([]);
    for (const subject of [...before, ...after]) expect(pushesOf(subject)).toHaveLength(1);

    await Promise.all([cluster.api[0]!.start(), cluster.jobs[0]!.start()]);
  }, 180_000);

  it('when each api process in turn is stopped with SIGTERM and started again under load, then no request fails', async () => {
    const load = startLoad(client, sessions, reps);
    await sleep(1_000);
    const exits = [];
    for (const api of cluster.api) {
      exits.push(await api.kill('SIGTERM'));
      await api.start();
      while (!cluster.proxy.inRotation().includes(api.name)) await sleep(100);
      await sleep(1_000);
    }
    const bothBackAt = Date.now();
    await sleep(3_000);
    const answers = await load.stop();

    expect(exits).toEqual([
      { code: 0, signal: null },
      { code: 0, signal: null },
    ]);
    expect(answers.filter((a) => a.status !== 200)).toEqual([]);
    expect(answers.length).toBeGreaterThan(20);
    const afterRestarts = answers.filter((a) => a.startedAt > bothBackAt);
    expect(new Set(afterRestarts.map((a) => a.servedBy))).toEqual(new Set(['api-1', 'api-2']));
  }, 180_000);
});
