/**
 * What the bot's main screen costs: replies per second of /menu (session in Redis, one GET /cabinet/summary to the real
 * API with seeded data) against a bare echo bot, each polling a Bot API stand-in over HTTP with startPolling; and how
 * fast a webhook update is acknowledged while the API takes 3 s; with the CPU time each process (bot, stand-in, API,
 * Redis) spent per reply. Run with `npx tsx bench/bot.bench.ts`.
 */
import http from 'node:http';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { Redis } from 'ioredis';
import { createApp } from '../api/http/app.js';
import { createLogger } from '../api/logger.js';
import { ApiClient } from '../bot/api/api-client.js';
import type { BotContext } from '../bot/context.js';
import { createBot } from '../bot/index.js';
import { limitOutgoingCalls } from '../bot/runtime/outgoing-limits.js';
import { WEBHOOK_PATH, WebhookEndpoint } from '../bot/runtime/webhook.js';
import { startApiChild } from './api-child.js';
import { answerLocally, CONCURRENCY, measureBot, perSecond, type BotRun, type CpuMeter } from './bot-load.js';
import { textUpdate, USERS, userId } from './bot-updates.js';
import { startBenchServices } from './bench-services.js';

const TOKEN = '7000000999:AAH-bot-benchmark_0123456789abcdefgh';
const BOT_INFO = {
  id: 7_000_000_999,
  is_bot: true,
  first_name: 'Бенч',
  username: 'sro_bench_bot',
} as UserFromGetMe;
const PREFIX = 'bench:';
const RATIO_TARGET = 0.4;
const SLOW_API_MS = 3000;
const WEBHOOK_SECRET = 'bench-webhook-secret_0123456789';
/**
 * Both bots retry a 429 but do not throttle: the stand-in is not Telegram, and with Telegram's 30 messages a second
 * in all every bot would measure the same.
 */
const MESSAGES_PER_SECOND = Number.POSITIVE_INFINITY;

/** Redis's own CPU time so far, ms, from INFO. */
async function redisCpuMs(redis: Redis): Promise<number> {
  const info = await redis.info('cpu');
  const seconds = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? 0);
  return (seconds('used_cpu_user') + seconds('used_cpu_sys')) * 1000;
}

const cpuRow = (run: BotRun) => {
  const row: Record<string, string> = {};
  let total = 0;
  for (const [name, ms] of Object.entries(run.cpuPerReply)) {
    row[name] = ms.toFixed(3);
    total += ms;
  }
  return { ...row, total: total.toFixed(3), 'machine busy': `${(run.machineBusy * 100).toFixed(0)} %` };
};

async function listen(app: Express): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const stops: (() => Promise<unknown>)[] = [];
const log = createLogger('info');
const silent = createLogger('silent');
try {
  const services = await startBenchServices('sro-bot-bench', log, stops);
  const { db, hasher, sessionToken, redisUrl, kinds } = services;
  const redis = new Redis(redisUrl, { enableAutoPipelining: true });
  stops.push(async () => {
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  let apiDelayMs = 0;
  const app = createApp({ db, log: silent, publicUrl: 'http://bench.local', hasher, redis, botToken: TOKEN });
  const root = express();
  const webhook = new WebhookEndpoint();
  root.use(webhook.router, (_req, _res, next) => void setTimeout(next, apiDelayMs), app);
  const server = await listen(root);
  stops.push(server.close);
  const apiChild = await startApiChild({
    mongoUri: services.mongoUri,
    dbName: services.dbName,
    redisUrl,
    botToken: TOKEN,
  });
  stops.push(apiChild.stop);
  const api = new ApiClient({ baseUrl: apiChild.baseUrl, botToken: TOKEN });

  const card = await api.request<{ id: string; shortName: string }>(
    { session: sessionToken },
    '/cabinet/card',
  );
  const session = {
    accounts: [{ memberId: card.id, memberName: card.shortName, representativeName: 'Бенч', sessionToken }],
    currentMemberId: card.id,
  };
  const seeding = redis.pipeline();
  for (let index = 0; index < USERS; index += 1) {
    seeding.set(`${PREFIX}session:${userId(index)}`, JSON.stringify(session));
  }
  await seeding.exec();

  // Typed with the cabinet's context only so that startPolling takes it; the handler uses none of it.
  const echoBot = (apiRoot: string) => {
    const bot = new Bot<BotContext>(TOKEN, { botInfo: BOT_INFO, client: { apiRoot } });
    limitOutgoingCalls(bot.api, MESSAGES_PER_SECOND);
    bot.on('message:text', (ctx) => ctx.reply(ctx.message.text));
    return bot;
  };
  const deps = {
    token: TOKEN,
    apiRoot: 'http://127.0.0.1:9',
    api,
    redis,
    log: silent,
    botInfo: BOT_INFO,
    redisPrefix: PREFIX,
    messagesPerSecond: MESSAGES_PER_SECOND,
  };
  const cabinetBot = (apiRoot: string) => createBot({ ...deps, apiRoot });

  const meters: CpuMeter[] = [
    { name: 'API', cpuMs: apiChild.cpuMs },
    { name: 'Redis', cpuMs: () => redisCpuMs(redis) },
  ];

  log.info('bench: measuring, about 2 minutes');
  const echoRun = await measureBot(BOT_INFO, 'Добрый день', echoBot, meters);
  const helpRun = await measureBot(BOT_INFO, '/help', cabinetBot, meters);
  const menuRun = await measureBot(BOT_INFO, '/menu', cabinetBot, meters);
  const [bare, help, menu] = [echoRun.repliesPerSecond, helpRun.repliesPerSecond, menuRun.repliesPerSecond];
  const summary = await perSecond(() => api.request({ session: sessionToken }, '/cabinet/summary'));

  const handledAt = new Map<number, number>();
  const slowApi = new ApiClient({ baseUrl: `${server.url}/api/v1`, botToken: TOKEN });
  const slowBot = createBot({ ...deps, api: slowApi });
  slowBot.api.config.use(answerLocally((chatId) => handledAt.set(chatId, performance.now())));
  await webhook.attach(slowBot, { publicUrl: server.url, secretToken: WEBHOOK_SECRET });
  apiDelayMs = SLOW_API_MS;
  const update = textUpdate(0, '/menu');
  const posted = performance.now();
  const response = await fetch(`${server.url}${WEBHOOK_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET },
    body: JSON.stringify(update),
  });
  const ackMs = performance.now() - posted;
  const chatId = update.message!.chat.id;
  while (!handledAt.has(chatId) && performance.now() - posted < 3 * SLOW_API_MS) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const handledMs = (handledAt.get(chatId) ?? Number.NaN) - posted;

  const share = (rate: number) => `${((rate / bare) * 100).toFixed(1)} %`;
  const met = (ok: boolean) => (ok ? 'yes' : 'NO');
  console.table([
    { measure: 'echo bot, replies/s', value: bare.toFixed(0), target: '' },
    {
      measure: '/help through createBot (Redis session, no API call), replies/s',
      value: `${help.toFixed(0)} (${share(help)})`,
      target: '',
    },
    {
      measure: '/menu main screen (Redis session + GET /cabinet/summary), replies/s',
      value: `${menu.toFixed(0)} (${share(menu)})`,
      target: `≥ 40 % of echo: ${met(menu / bare >= RATIO_TARGET)}`,
    },
    {
      measure: `GET /cabinet/summary alone (${CONCURRENCY} in flight), the call /menu makes, req/s`,
      value: `${summary.toFixed(0)} (/menu reaches ${((menu / summary) * 100).toFixed(1)} % of it)`,
      target: '',
    },
    {
      measure: `webhook acknowledged, API delayed ${SLOW_API_MS} ms, ms`,
      value: `${ackMs.toFixed(0)} (HTTP ${response.status})`,
      target: `< 1000: ${met(response.status === 200 && ackMs < 1000)}`,
    },
    {
      measure: 'the same update answered after the acknowledgement, ms',
      value: handledMs.toFixed(0),
      target: `handled: ${met(Number.isFinite(handledMs) && handledMs > ackMs)}`,
    },
  ]);
  console.log('CPU time per reply, ms, of each process (and how busy the whole machine was):');
  console.table({ 'echo bot': cpuRow(echoRun), '/help': cpuRow(helpRun), '/menu': cpuRow(menuRun) });
  console.log(`database: ${kinds.mongo}; Redis: ${kinds.redis}; cores: ${os.availableParallelism()}`);
} catch (error) {
  log.error({ err: error }, 'benchmark failed');
  process.exitCode = 1;
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
}
