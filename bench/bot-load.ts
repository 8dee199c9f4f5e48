import os from 'node:os';
import type { Bot, Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { BotContext } from '../bot/context.js';
import { startPolling } from '../bot/runtime/polling.js';
import { startBotApiStandIn } from './bot-api-stand-in.js';

/** Requests in flight for the API call measured alone. */
export const CONCURRENCY = 32;
const WARM_UP_MS = 2000;
const DURATION_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Answers every outgoing call at once, so that Telegram is not what is measured; reports the messages sent. */
export function answerLocally(onMessage: (chatId: number) => void = () => undefined): Transformer {
  return async (_prev, method, payload) => {
    const chatId = Number((payload as { chat_id?: number }).chat_id ?? 0);
    if (/^(send|edit)Message/.test(method)) onMessage(chatId);
    const message = {
      message_id: 1,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private' },
    };
    return { ok: true, result: /^(send|edit)/.test(method) ? message : true } as never;
  };
}

/** Tasks done per second with `CONCURRENCY` in flight, after a one-second warm-up. */
export async function perSecond(task: () => Promise<unknown>): Promise<number> {
  const run = async (until: number) => {
    let handled = 0;
    const worker = async () => {
      while (Date.now() < until) {
        await task();
        handled += 1;
      }
    };
    const started = Date.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return handled / ((Date.now() - started) / 1000);
  };
  await run(Date.now() + 1000);
  return run(Date.now() + DURATION_MS);
}

/** A process besides the bot and the stand-in whose CPU time a run accounts for. */
export interface CpuMeter {
  name: string;
  /** CPU time the process has used so far, ms. */
  cpuMs(): Promise<number>;
}

export interface BotRun {
  repliesPerSecond: number;
  /** CPU time each process spent per reply, ms: `bot`, `Bot API stand-in` and each meter's. */
  cpuPerReply: Record<string, number>;
  /** Share of all the machine's cores busy during the run, of any process. */
  machineBusy: number;
}

const processCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Busy and total time of all cores so far, ms. */
function machineCpu() {
  let busy = 0;
  let total = 0;
  for (const { times } of os.cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

/**
 * Replies per second of a bot polling with startPolling a Bot API stand-in that hands out `text` from the users without
 * end, and what each process spent on a reply; an update counts as handled when its reply reaches the stand-in.
 */
export async function measureBot(
  botInfo: UserFromGetMe,
  text: string,
  createBot: (apiRoot: string) => Bot<BotContext>,
  meters: readonly CpuMeter[] = [],
): Promise<BotRun> {
  const standIn = await startBotApiStandIn({ botInfo, text });
  const sample = async () => ({
    at: performance.now(),
    machine: machineCpu(),
    bot: processCpuMs(),
    standIn: await standIn.counts(),
    meters: await Promise.all(meters.map((meter) => meter.cpuMs())),
  });
  try {
    const bot = createBot(standIn.apiRoot);
    let failed = 0;
    const reportError = bot.errorHandler;
    // createBot answers a failed update too, and that reply must not count as handled.
    bot.catch((error) => {
      failed += 1;
      return reportError(error);
    });
    const polling = await startPolling(bot);
    await sleep(WARM_UP_MS);
    const before = await sample();
    await sleep(DURATION_MS);
    const after = await sample();
    await standIn.stopUpdates();
    await polling.stop();
    const { replies, delivered } = await standIn.counts();
    if (failed > 0 || replies < delivered) {
      throw new Error(`«${text}»: ${failed} updates failed, ${delivered - replies} left without a reply`);
    }
    const handled = after.standIn.replies - before.standIn.replies;
    const perReply = (spent: number) => spent / handled;
    return {
      repliesPerSecond: handled / ((after.at - before.at) / 1000),
      cpuPerReply: {
        bot: perReply(after.bot - before.bot),
        'Bot API stand-in': perReply(after.standIn.cpuMs - before.standIn.cpuMs),
        ...Object.fromEntries(
          meters.map((meter, index) => [meter.name, perReply(after.meters[index]! - before.meters[index]!)]),
        ),
      },
      machineBusy: (after.machine.busy - before.machine.busy) / (after.machine.total - before.machine.total),
    };
  } finally {
    await standIn.stop();
  }
}
