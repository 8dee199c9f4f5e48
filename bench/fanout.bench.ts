/**
 * Fan-out at Telegram's limits: a staff broadcast, and then a new letter to every member (each with several
 * representatives), pushed to `--recipients` linked chats by real jobs processes through a Bot API double that
 * enforces Telegram's limits (30 messages a second per bot, 1 per chat) and injects faults (1 % 429, 0.25 % 5xx,
 * 0.25 % reset connections, 20 chats that blocked the bot). Prints messages per second delivered, the time to the last
 * delivery, lost and doubled counts from the double's own record, the blocked chats marked and not retried, and the
 * jobs processes' CPU and memory at the start, middle and end.
 *
 *   npx tsx bench/fanout.bench.ts [--recipients 10000] [--per-member 5] [--processes 1]
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { Types } from 'mongoose';
import { connectDatabase } from '../api/db/connection.js';
import { MemberModel } from '../api/domain/members/member.model.js';
import { generateInn, generateOgrn } from '../api/domain/members/tax-ids.js';
import { ensureIndexes } from '../api/domain/models.js';
import { OutboxMessageModel } from '../api/domain/notifications/outbox-message.model.js';
import { RepresentativeModel } from '../api/domain/representatives/representative.model.js';
import { TelegramDeliveryModel } from '../api/domain/telegram/telegram-delivery.model.js';
import { createLogger } from '../api/logger.js';
import { startBotApiServer, type BotApiServer } from '../test/helpers/bot-api-server.js';
import { startJobsProcess, type JobsProcess } from '../test/helpers/jobs-process/jobs-process.js';
import { broadcast, lettersTo } from '../test/jobs/fanout/fanout-fixtures.js';
import { provisionBenchData } from './bench-services.js';

const { values } = parseArgs({
  options: {
    recipients: { type: 'string', default: '10000' },
    'per-member': { type: 'string', default: '5' },
    processes: { type: 'string', default: '1' },
  },
});
const RECIPIENTS = Number(values.recipients);
const PER_MEMBER = Number(values['per-member']);
const PROCESSES = Number(values.processes);
const TOKEN = '7000000099:fan-out-benchmark-token-of-the-double';
const BLOCKED = 20;
const log = createLogger('warn');
const stops: (() => Promise<unknown>)[] = [];

async function seed(): Promise<{ memberIds: Types.ObjectId[]; chats: number[] }> {
  const members = Math.ceil(RECIPIENTS / PER_MEMBER);
  const memberIds: Types.ObjectId[] = [];
  const chats: number[] = [];
  for (let from = 0; from < members; from += 500) {
    const batch = Array.from({ length: Math.min(500, members - from) }, (_, index) => {
      const n = from + index + 1;
      return {
        kind: 'legal',
        fullName: `Общество с ограниченной ответственностью «Стройка-${n}»`,
        shortName: `ООО «Стройка-${n}»`,
        inn: generateInn('legal', Math.random),
        ogrn: generateOgrn('legal', Math.random),
        registryNumber: `Б-${n}`,
        admissionDate: new Date('2020-03-01'),
        head: { fullName: 'Петров Пётр Петрович', position: 'Генеральный директор' },
        levels: { vv: 1, odo: 1 },
      };
    });
    const created = await MemberModel.insertMany(batch);
    const representatives = created.flatMap((member) =>
      Array.from({ length: PER_MEMBER }, (_, index) => {
        const chatId = 6_000_000_000 + chats.length;
        if (chats.length >= RECIPIENTS) return [];
        chats.push(chatId);
        return [
          {
            memberId: member._id,
            fullName: `Представитель ${index + 1}`,
            email: `rep-${randomUUID().slice(0, 8)}@example.ru`,
            status: 'active',
            emailConfirmedAt: new Date(),
            telegram: [{ telegramUserId: chatId, chatId, linkedAt: new Date() }],
          },
        ];
      }).flat(),
    );
    await RepresentativeModel.insertMany(representatives);
    memberIds.push(...created.map(({ _id }) => _id));
  }
  return { memberIds, chats };
}

type Usage = { cpuMs: number; rssMiB: number; at: number };

async function sample(processes: JobsProcess[]): Promise<Usage> {
  const all = await Promise.all(processes.map((child) => child.usage()));
  return {
    cpuMs: all.reduce((sum, usage) => sum + usage.cpuMs, 0),
    rssMiB: all.reduce((sum, usage) => sum + usage.rssMiB, 0),
    at: Date.now(),
  };
}

async function waitForOutbox(processes: JobsProcess[], usages: Usage[]): Promise<void> {
  for (;;) {
    usages.push(await sample(processes));
    const open = await OutboxMessageModel.countDocuments({ status: { $in: ['pending', 'processing'] } });
    if (open === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** CPU share of one core between two samples, and the memory at the later one. */
const usageBetween = (a: Usage, b: Usage) =>
  `${(((b.cpuMs - a.cpuMs) / Math.max(1, b.at - a.at)) * 100).toFixed(0)} % CPU, ${b.rssMiB.toFixed(0)} MiB RSS`;

async function measure(
  name: string,
  server: BotApiServer,
  processes: JobsProcess[],
  chats: number[],
  blocked: Set<number>,
  act: () => Promise<unknown>,
): Promise<void> {
  const callsBefore = server.calls.length;
  const started = Date.now();
  const usages: Usage[] = [await sample(processes)];
  await act();
  await waitForOutbox(processes, usages);
  const calls = server.calls.slice(callsBefore).filter((call) => call.method === 'sendMessage');
  const delivered = calls.filter((call) => call.status === 200);
  const perChat = new Map<number, number>();
  for (const call of delivered)
    perChat.set(Number(call.params.chat_id), (perChat.get(Number(call.params.chat_id)) ?? 0) + 1);
  const expected = chats.filter((chatId) => !blocked.has(chatId));
  const lost = expected.filter((chatId) => !perChat.has(chatId)).length;
  const doubled = [...perChat.values()].filter((count) => count > 1).length;
  const blockedCalls = calls.filter((call) => blocked.has(Number(call.params.chat_id)));
  const first = delivered[0]?.time ?? started;
  const last = delivered.at(-1)?.time ?? started;
  const statuses = new Map<number, number>();
  for (const call of calls) statuses.set(call.status, (statuses.get(call.status) ?? 0) + 1);
  const middle = usages[Math.floor(usages.length / 2)]!;
  console.log(`\n${name}: ${expected.length} chats to reach (${blocked.size} more blocked the bot)`);
  console.log(
    `  delivered ${delivered.length}, ${((delivered.length / Math.max(1, last - first)) * 1000).toFixed(2)} messages/s from the first delivery to the last`,
  );
  console.log(
    `  time to the last delivery ${((last - started) / 1000).toFixed(1)} s (first after ${((first - started) / 1000).toFixed(1)} s)`,
  );
  console.log(`  lost ${lost}, doubled ${doubled}`);
  console.log(
    `  blocked chats: ${blockedCalls.length} sends to them (${[...blocked].filter((chatId) => blockedCalls.some((call) => Number(call.params.chat_id) === chatId)).length} chats), ${await TelegramDeliveryModel.countDocuments({ status: 'blocked' })} blocked records in all`,
  );
  console.log(
    `  the double's answers: ${[...statuses].map(([status, count]) => `${status || 'reset'}×${count}`).join(', ')}`,
  );
  console.log(
    `  jobs: start→middle ${usageBetween(usages[0]!, middle)}; middle→end ${usageBetween(middle, usages.at(-1)!)}; RSS at start ${usages[0]!.rssMiB.toFixed(0)} MiB`,
  );
}

try {
  const { mongo, redis } = await provisionBenchData(log, stops);
  const dbName = `bench_fanout_${Date.now()}`;
  const db = await connectDatabase(mongo.uri, dbName);
  stops.push(async () => {
    await db.connection.dropDatabase();
    await db.close();
  });
  await ensureIndexes();
  const seedStarted = Date.now();
  const { memberIds, chats } = await seed();
  console.log(
    `seeded ${memberIds.length} members, ${chats.length} linked representatives in ${((Date.now() - seedStarted) / 1000).toFixed(0)} s (${mongo.kind}, ${redis.kind})`,
  );
  const blocked = new Set(
    chats.filter((_, index) => index % Math.floor(chats.length / BLOCKED) === 7).slice(0, BLOCKED),
  );
  const server = await startBotApiServer({
    token: TOKEN,
    limits: {
      perSecond: 30,
      perChatPerSecond: 1,
      random429: 0.01,
      random5xx: 0.0025,
      randomReset: 0.0025,
      blockedChats: blocked,
    },
  });
  stops.push(() => server.stop());
  const running: JobsProcess[] = [];
  stops.push(() => Promise.all(running.map((child) => child.stop())));
  const startProcesses = async () => {
    const started = await Promise.all(
      Array.from({ length: PROCESSES }, () =>
        startJobsProcess({
          mongoUri: mongo.uri,
          dbName,
          redisUrl: redis.url!,
          telegram: { token: TOKEN, apiRoot: server.apiRoot, messagesPerSecond: 30 },
          timings: { leaseMs: 120_000, firstRetryMs: 30_000 },
          idleMs: 1000,
        }),
      ),
    );
    running.push(...started);
    return started;
  };
  let processes = await startProcesses();
  console.log(
    `${PROCESSES} jobs process(es) against the double: 30 messages/s per bot, 1/s per chat, faults injected`,
  );

  await measure('staff broadcast', server, processes, chats, blocked, () => broadcast());
  // the letters are written with the jobs stopped, so that the figures are the dispatch's, not the letters' writing
  await Promise.all(processes.map((child) => child.stop()));
  const writing = Date.now();
  await lettersTo(memberIds);
  const writingSeconds = ((Date.now() - writing) / 1000).toFixed(0);
  console.log(`\n${memberIds.length} letters written in ${writingSeconds} s; the jobs started again`);
  processes = await startProcesses();
  await measure(
    `a new letter to each of the ${memberIds.length} members (${PER_MEMBER} representatives each)`,
    server,
    processes,
    chats,
    blocked,
    async () => {},
  );
  console.log(`\nthe double's counts: ${JSON.stringify(server.limitCounts())}`);
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => {});
}
