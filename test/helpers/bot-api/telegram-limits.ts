import type { InjectedFailure } from './http.js';
import type { Params } from './methods.js';

/** Telegram's flood limits as the double enforces them, and the faults it injects. */
export interface TelegramLimitsOptions {
  /** Messages accepted per bot in any second (a sliding window); Telegram's is about 30. */
  perSecond: number;
  /** Messages accepted per chat in any second; Telegram's is about 1. */
  perChatPerSecond?: number;
  /** Share of sends answered `429` with `retry_after: 1` although within the limits (0.01 = 1 %). */
  random429?: number;
  /** Share of sends answered `500`/`502` without being processed. */
  random5xx?: number;
  /** Share of sends whose connection is reset before they are processed. */
  randomReset?: number;
  /** Chats whose user blocked the bot: every send to them is answered `403`. */
  blockedChats?: Iterable<number>;
  /** Seed of the faults' random numbers, so that a run can be repeated. */
  seed?: number;
}

/** What the double counted; a violation is a send beyond the limits, answered `429`. */
export interface LimitCounts {
  accepted: number;
  globalViolations: number;
  chatViolations: number;
  injected429: number;
  injected5xx: number;
  injectedResets: number;
  blocked: number;
  /** The most messages accepted within one sliding second. */
  peakPerSecond: number;
}

const SEND_METHODS = /^send/i;
const WINDOW_MS = 1000;

/** mulberry32: small, fast and good enough to spread faults evenly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const tooMany = (retryAfter: number): InjectedFailure => ({
  error_code: 429,
  description: `Too Many Requests: retry after ${retryAfter}`,
  parameters: { retry_after: retryAfter },
});

/**
 * Admits or refuses each send the way Telegram does: beyond `perSecond` messages of the bot in the last second, or
 * `perChatPerSecond` of one chat, the answer is `429` with the seconds until a message would be accepted; plus the
 * injected faults. Only accepted sends fill the windows.
 */
export class TelegramLimits {
  readonly counts: LimitCounts = {
    accepted: 0,
    globalViolations: 0,
    chatViolations: 0,
    injected429: 0,
    injected5xx: 0,
    injectedResets: 0,
    blocked: 0,
    peakPerSecond: 0,
  };
  private readonly accepted: number[] = [];
  private readonly byChat = new Map<number, number[]>();
  private readonly blocked: Set<number>;
  private readonly next: () => number;

  constructor(private readonly options: TelegramLimitsOptions) {
    this.blocked = new Set(options.blockedChats ?? []);
    this.next = random(options.seed ?? 20_260_101);
  }

  /** Undefined: the send goes through; otherwise the answer to give instead. */
  admit(method: string, params: Params, now = Date.now()): InjectedFailure | 'network' | undefined {
    if (!SEND_METHODS.test(method)) return undefined;
    const chatId = Number(params.chat_id);
    if (this.blocked.has(chatId)) {
      this.counts.blocked += 1;
      return { error_code: 403, description: 'Forbidden: bot was blocked by the user' };
    }
    const fault = this.fault();
    if (fault) return fault;
    while (this.accepted.length > 0 && this.accepted[0]! <= now - WINDOW_MS) this.accepted.shift();
    if (this.accepted.length >= this.options.perSecond) {
      this.counts.globalViolations += 1;
      return tooMany(Math.max(1, Math.ceil((this.accepted[0]! + WINDOW_MS - now) / 1000)));
    }
    const chat = (this.byChat.get(chatId) ?? []).filter((time) => time > now - WINDOW_MS);
    if (chat.length >= (this.options.perChatPerSecond ?? 1)) {
      this.counts.chatViolations += 1;
      return tooMany(Math.max(1, Math.ceil((chat[0]! + WINDOW_MS - now) / 1000)));
    }
    chat.push(now);
    this.byChat.set(chatId, chat);
    this.accepted.push(now);
    this.counts.accepted += 1;
    this.counts.peakPerSecond = Math.max(this.counts.peakPerSecond, this.accepted.length);
    return undefined;
  }

  private fault(): InjectedFailure | 'network' | undefined {
    const { random429 = 0, random5xx = 0, randomReset = 0 } = this.options;
    const roll = this.next();
    if (roll < random429) {
      this.counts.injected429 += 1;
      return tooMany(1);
    }
    if (roll < random429 + random5xx) {
      this.counts.injected5xx += 1;
      return this.next() < 0.5
        ? { error_code: 500, description: 'Internal Server Error' }
        : { error_code: 502, description: 'Bad Gateway' };
    }
    if (roll < random429 + random5xx + randomReset) {
      this.counts.injectedResets += 1;
      return 'network';
    }
    return undefined;
  }
}
