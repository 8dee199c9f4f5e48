import type { InjectedFailure } from './http.js';
import type { Params } from './methods.js';

/** Telegram's flood limits as the double enforces them, and the faults it injects. */
export interface TelegramLimitsOptions {
  /**
   * Messages accepted per bot a second, Telegram's «about 30»: a bucket of `perSecond` messages refilled at
   * `perSecond` a second, so that a message or two arriving early through network jitter is no violation while a
   * sender faster than the limit empties it within a second or two.
   */
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
  /** How long a send takes to be processed and answered (it is processed even if the caller is gone by then). */
  sendDelayMs?: number;
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
  /** The most messages accepted within one sliding second (above `perSecond` only by the bucket's jitter allowance). */
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
 * Admits or refuses each send the way Telegram does: beyond the bot's `perSecond`, or `perChatPerSecond` messages of
 * one chat in the last second, the answer is `429` with the seconds until a message would be accepted; plus the
 * injected faults. Only accepted sends count.
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
  private tokens: number;
  private refilledAt = Date.now();
  private readonly byChat = new Map<number, number[]>();
  private readonly blocked: Set<number>;
  private readonly next: () => number;

  constructor(private readonly options: TelegramLimitsOptions) {
    this.blocked = new Set(options.blockedChats ?? []);
    this.tokens = options.perSecond;
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
    const { perSecond } = this.options;
    this.tokens = Math.min(perSecond, this.tokens + ((now - this.refilledAt) * perSecond) / 1000);
    this.refilledAt = now;
    if (this.tokens < 1) {
      this.counts.globalViolations += 1;
      return tooMany(Math.max(1, Math.ceil((1 - this.tokens) / perSecond)));
    }
    const chat = (this.byChat.get(chatId) ?? []).filter((time) => time > now - WINDOW_MS);
    if (chat.length >= (this.options.perChatPerSecond ?? 1)) {
      this.counts.chatViolations += 1;
      return tooMany(Math.max(1, Math.ceil((chat[0]! + WINDOW_MS - now) / 1000)));
    }
    chat.push(now);
    this.byChat.set(chatId, chat);
    this.tokens -= 1;
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
