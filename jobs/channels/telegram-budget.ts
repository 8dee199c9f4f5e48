import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * How fast one bot token may send, shared by every jobs process that sends with it: `perSecond` messages in all,
 * evenly spaced, and one message a chat per `chatIntervalMs`.
 */
export interface SendBudget {
  /** Waits until a message to `chatId` may go. */
  acquire(chatId: number): Promise<void>;
  /**
   * Telegram answered `429`: the chat waits `retryAfterSec`; when `floodAfter` such answers came within a second (for
   * any chat, from any process), Telegram is throttling the token, and every process pauses sending for that long.
   */
  tooManyRequests(chatId: number, retryAfterSec: number): Promise<void>;
  /** Notes that the message claimed with `claimToken` is handed to Telegram now (kept for a day). */
  markOnWire(claimToken: string): Promise<void>;
  /** Which of these claims were handed to Telegram; the others never left their worker. */
  onWire(claimTokens: readonly string[]): Promise<Set<string>>;
}

export interface SendBudgetSettings {
  perSecond: number;
  chatIntervalMs?: number;
  floodAfter?: number;
}

/**
 * A quarter over Telegram's second: between the budget's slot and the call there is the claim's write, whose time
 * varies, and two messages of a chat must not arrive within one second.
 */
const CHAT_INTERVAL_MS = 1250;
const FLOOD_AFTER = 3;
const REDIS_RETRY_MS = 500;
const ON_WIRE_MS = 24 * 3_600_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reserves the next slot of the token (GCRA: the slot after the last one reserved, not before a pause), unless the chat
 * is not free yet; returns {1, ms to wait for the slot} or {0, ms until the chat is free}. With ARGV[3] = 1 the chat is
 * the caller's own (a slot it reserved fell into a pause) and is not waited for. Redis' clock serves every process.
 */
const RESERVE = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local chatFree = tonumber(redis.call('GET', KEYS[2]) or '0')
if ARGV[3] ~= '1' and chatFree > now then return {0, math.ceil(chatFree - now)} end
local tat = tonumber(redis.call('HGET', KEYS[1], 'tat') or '0')
local pause = tonumber(redis.call('HGET', KEYS[1], 'pause') or '0')
local start = math.max(now, tat, pause)
redis.call('HSET', KEYS[1], 'tat', string.format('%.3f', start + tonumber(ARGV[1])))
redis.call('PEXPIRE', KEYS[1], 600000)
local free = start + tonumber(ARGV[2])
redis.call('SET', KEYS[2], string.format('%.3f', free), 'PX', math.ceil(free - now))
return {1, math.ceil(start - now)}
`;

/** {1, ms} while the token is paused, {0, 0} otherwise. */
const PAUSED = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local pause = tonumber(redis.call('HGET', KEYS[1], 'pause') or '0')
if pause > now then return {1, math.ceil(pause - now)} end
return {0, 0}
`;

/** Records a 429: the chat waits; the `ARGV[3]`-th within a second pauses the token (and pushes its slots after it). */
const TOO_MANY = `
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
local till = now + tonumber(ARGV[1])
redis.call('SET', KEYS[2], till, 'PX', tonumber(ARGV[1]))
local seen = redis.call('INCR', KEYS[3])
if seen == 1 then redis.call('PEXPIRE', KEYS[3], 1000) end
if seen >= tonumber(ARGV[2]) then
  local pause = tonumber(redis.call('HGET', KEYS[1], 'pause') or '0')
  if till > pause then redis.call('HSET', KEYS[1], 'pause', till) end
  local tat = tonumber(redis.call('HGET', KEYS[1], 'tat') or '0')
  if till > tat then redis.call('HSET', KEYS[1], 'tat', till) end
  redis.call('PEXPIRE', KEYS[1], 600000)
end
return seen
`;

/**
 * The budget in Redis, so that all jobs processes of one bot share it. A Redis call that fails is retried until Redis
 * answers again (the messages wait; nothing is sent past the budget).
 */
export function createRedisSendBudget(redis: Redis, token: string, settings: SendBudgetSettings): SendBudget {
  const prefix = `telegram-budget:${createHash('sha256').update(token).digest('hex').slice(0, 16)}`;
  const interval = 1000 / settings.perSecond;
  const chatInterval = settings.chatIntervalMs ?? CHAT_INTERVAL_MS;
  const floodAfter = settings.floodAfter ?? FLOOD_AFTER;
  const chatKey = (chatId: number) => `${prefix}:chat:${chatId}`;
  const persist = async <T>(call: () => Promise<T>): Promise<T> => {
    for (;;) {
      try {
        return await call();
      } catch {
        await sleep(REDIS_RETRY_MS);
      }
    }
  };
  const reserve = (chatId: number, own: boolean) =>
    persist(
      () =>
        redis.eval(RESERVE, 2, prefix, chatKey(chatId), interval, chatInterval, own ? 1 : 0) as Promise<
          [number, number]
        >,
    );
  return {
    async acquire(chatId) {
      let own = false;
      for (;;) {
        const [reserved, wait] = await reserve(chatId, own);
        await sleep(wait);
        if (!reserved) continue;
        const [paused] = await persist(() => redis.eval(PAUSED, 1, prefix) as Promise<[number, number]>);
        if (!paused) return;
        own = true;
      }
    },
    async tooManyRequests(chatId, retryAfterSec) {
      await persist(() =>
        redis.eval(TOO_MANY, 3, prefix, chatKey(chatId), `${prefix}:429`, retryAfterSec * 1000, floodAfter),
      );
    },
    async markOnWire(claimToken) {
      await persist(() => redis.set(`${prefix}:wire:${claimToken}`, '1', 'PX', ON_WIRE_MS));
    },
    async onWire(claimTokens) {
      if (claimTokens.length === 0) return new Set();
      const found = await persist(() => redis.mget(claimTokens.map((token) => `${prefix}:wire:${token}`)));
      return new Set(claimTokens.filter((_, index) => found[index] !== null));
    },
  };
}

/**
 * The same budget kept in this process, for development without Redis (one jobs process); what was on the wire is
 * forgotten with the process, so a claim it left is sent again.
 */
export function createLocalSendBudget(settings: SendBudgetSettings): SendBudget {
  const interval = 1000 / settings.perSecond;
  const chatInterval = settings.chatIntervalMs ?? CHAT_INTERVAL_MS;
  const floodAfter = settings.floodAfter ?? FLOOD_AFTER;
  const chatFree = new Map<number, number>();
  let tat = 0;
  let pause = 0;
  let recent: number[] = [];
  const wire = new Set<string>();
  return {
    markOnWire: async (claimToken) => {
      wire.add(claimToken);
    },
    onWire: async (claimTokens) => new Set(claimTokens.filter((token) => wire.has(token))),
    async acquire(chatId) {
      let own = false;
      for (;;) {
        const now = Date.now();
        const free = chatFree.get(chatId) ?? 0;
        if (!own && free > now) {
          await sleep(free - now);
          continue;
        }
        const start = Math.max(now, tat, pause);
        tat = start + interval;
        chatFree.set(chatId, start + chatInterval);
        await sleep(start - now);
        if (pause <= Date.now()) return;
        own = true;
      }
    },
    async tooManyRequests(chatId, retryAfterSec) {
      const now = Date.now();
      const until = now + retryAfterSec * 1000;
      chatFree.set(chatId, until);
      recent = [...recent.filter((time) => time > now - 1000), now];
      if (recent.length >= floodAfter) {
        pause = Math.max(pause, until);
        tat = Math.max(tat, until);
      }
    },
  };
}
