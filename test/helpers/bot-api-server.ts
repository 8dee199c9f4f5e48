/**
 * A local HTTP server that speaks the Telegram Bot API, for tests that drive a real grammY bot over loopback:
 * `new Bot(token, { client: { apiRoot: server.apiRoot } })`.
 */
import type { AddressInfo } from 'node:net';
import type { Message, Update, UserFromGetMe } from 'grammy/types';
import { createBotApiHttpServer, type InjectedFailure, type RecordedCall } from './bot-api/http.js';
import { createMethods, LongPolls, type MethodHandler, type MethodState } from './bot-api/methods.js';
import { BotApiStore, type FromOptions, type RegisterFileInput, type StoredFile } from './bot-api/store.js';
import { TelegramLimits, type LimitCounts, type TelegramLimitsOptions } from './bot-api/telegram-limits.js';

export type { ApiResponse, InjectedFailure, RecordedCall } from './bot-api/http.js';
export type { CallContext, MethodHandler, Params, UploadedFile } from './bot-api/methods.js';
export type { FromOptions, RegisterFileInput, StoredFile } from './bot-api/store.js';
export type { LimitCounts, TelegramLimitsOptions } from './bot-api/telegram-limits.js';
export { BotApiError, DEFAULT_USER, MAX_DOWNLOAD_BYTES } from './bot-api/store.js';

export interface BotApiServerOptions {
  token: string;
  /** Overrides of the getMe answer; the id defaults to the number before the token's colon. */
  botInfo?: Partial<UserFromGetMe>;
  /** Telegram's flood limits enforced on sends, with injected faults; without it every send goes through. */
  limits?: TelegramLimitsOptions;
  /** 0 (the default) picks a free port. */
  port?: number;
}

type CallPredicate = (call: RecordedCall, index: number) => boolean;

export interface BotApiServer {
  /** `http://127.0.0.1:<port>`, for grammY's `client.apiRoot`. */
  readonly apiRoot: string;
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  /** Every answered request, in answer order. */
  readonly calls: readonly RecordedCall[];
  /** getUpdates requests currently parked in a long poll. */
  readonly pendingPolls: number;
  /** Releases parked long polls with an empty result, rejects pending waits and closes the server. */
  stop(): Promise<void>;

  pushUpdate(update: Omit<Update, 'update_id'> & { update_id?: number }): Update;
  /** A text message from a user; `/commands` get bot_command entities, so `/start payload` deep links work. */
  userSends(text: string, options?: FromOptions): Update;
  /** A click on an inline button of `messageId` (by default the bot's latest message in the chat). */
  userClicks(callbackData: string, options?: FromOptions & { messageId?: number }): Update;
  /** A document from a user; its bytes are registered for getFile and download. */
  userSendsDocument(input: RegisterFileInput & FromOptions & { caption?: string }): Update;
  userSendsPhoto(
    input: RegisterFileInput & FromOptions & { caption?: string; width?: number; height?: number },
  ): Update;
  /** Makes a file known to getFile without a message. */
  registerFile(input: RegisterFileInput): StoredFile;

  callsOf(method: string): RecordedCall[];
  /** Messages the bot sent or edited successfully (send*, editMessage*), in order; optionally of one chat. */
  sentMessages(chatId?: number): Message[];
  /** Resolves with the first call, already recorded or yet to come, matching `predicate(call, index)`. */
  waitFor(predicate: CallPredicate, timeoutMs?: number): Promise<RecordedCall>;
  waitForCall(method: string, predicate?: CallPredicate, timeoutMs?: number): Promise<RecordedCall>;
  /** Resolves once a getUpdates request is parked waiting for updates. */
  waitForPendingPoll(timeoutMs?: number): Promise<void>;
  /** The next `times` calls of `method` get `answer` (e.g. a 429 with retry_after) or, for `'network'`, a closed socket. */
  failNext(method: string, answer: InjectedFailure | 'network', times?: number): void;
  /** Adds or replaces a method; throw {@link BotApiError} for an error answer. */
  onMethod(method: string, handler: MethodHandler): void;
  /** The webhook as set by setWebhook, including its secret_token. */
  webhook(): MethodState['webhook'];
  /** What the enforced limits counted (all zero without `limits`). */
  limitCounts(): LimitCounts;
}

const DEFAULT_WAIT_MS = 5000;

export async function startBotApiServer(options: BotApiServerOptions): Promise<BotApiServer> {
  const idFromToken = Number(/^(\d+):/.exec(options.token)?.[1] ?? 7_000_000_001);
  const botInfo: UserFromGetMe = {
    id: idFromToken,
    is_bot: true,
    first_name: 'СРО Кабинет (тест)',
    username: 'sro_cabinet_test_bot',
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    ...options.botInfo,
  } as UserFromGetMe;

  let stopping = false;
  const calls: RecordedCall[] = [];
  const failures = new Map<string, (InjectedFailure | 'network')[]>();
  const callWaiters = new Set<{ check: () => boolean; reject: (error: Error) => void }>();
  const polls = new LongPolls();
  const store = new BotApiStore(botInfo, () => polls.settleAll('woken'));
  const limits = new TelegramLimits(options.limits ?? { perSecond: Number.POSITIVE_INFINITY });
  const state: MethodState = {
    store,
    polls,
    webhook: { url: '', has_custom_certificate: false, pending_update_count: 0 },
    commands: new Map(),
    isStopping: () => stopping,
  };
  const delay = options.limits?.sendDelayMs ?? 0;
  const delayed = (name: string, handler: MethodHandler): MethodHandler =>
    delay > 0 && /^send/.test(name)
      ? async (params, context) => {
          await new Promise((resolve) => setTimeout(resolve, delay));
          return handler(params, context);
        }
      : handler;
  const methods = new Map(
    Object.entries(createMethods(state)).map(([name, handler]) => [
      name.toLowerCase(),
      { name, handler: delayed(name, handler) },
    ]),
  );

  const server = createBotApiHttpServer({
    token: options.token,
    store,
    // Telegram matches method names case-insensitively.
    resolve: (method) => methods.get(method.toLowerCase()),
    takeFailure: (method, params) =>
      failures.get(method.toLowerCase())?.shift() ??
      (options.limits ? limits.admit(method, params) : undefined),
    record(call) {
      calls.push(call);
      for (const waiter of [...callWaiters]) waiter.check();
    },
    isStopping: () => stopping,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const waitFor = (predicate: CallPredicate, timeoutMs = DEFAULT_WAIT_MS, what = 'a matching call') =>
    new Promise<RecordedCall>((resolve, reject) => {
      const waiter = {
        check() {
          const index = calls.findIndex(predicate);
          if (index === -1) return false;
          done();
          resolve(calls[index]!);
          return true;
        },
        reject(error: Error) {
          done();
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        const seen = calls.map((c) => `${c.method}→${c.status}`).join(', ') || 'none';
        waiter.reject(new Error(`waited ${timeoutMs} ms for ${what}; recorded calls: ${seen}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        callWaiters.delete(waiter);
      };
      callWaiters.add(waiter);
      waiter.check();
    });

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token: options.token,
    botInfo,
    calls,
    get pendingPolls() {
      return polls.pending;
    },

    async stop() {
      if (stopping) return;
      stopping = true;
      polls.settleAll('released');
      for (const waiter of [...callWaiters]) waiter.reject(new Error('the Bot API server was stopped'));
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), 500);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      });
    },

    pushUpdate: (update) => store.push(update),
    userSends: (text, opts) => store.userSends(text, opts),
    userClicks: (data, opts) => store.userClicks(data, opts),
    userSendsDocument: (input) => store.userSendsDocument(input),
    userSendsPhoto: (input) => store.userSendsPhoto(input),
    registerFile: (input) => store.registerFile(input),

    callsOf: (method) => calls.filter((c) => c.method === method),
    sentMessages(chatId) {
      return calls
        .filter((c) => c.status === 200 && /^(send|editMessage)/.test(c.method))
        .map((c) => c.response?.result as Message)
        .filter((m) => typeof m === 'object' && m !== null && 'message_id' in m)
        .filter((m) => chatId === undefined || m.chat.id === chatId);
    },
    waitFor: (predicate, timeoutMs) => waitFor(predicate, timeoutMs),
    waitForCall: (method, predicate = () => true, timeoutMs) =>
      waitFor((c, i) => c.method === method && predicate(c, i), timeoutMs, `a ${method} call`),
    waitForPendingPoll(timeoutMs = DEFAULT_WAIT_MS) {
      if (polls.pending > 0) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          unsubscribe();
          reject(new Error(`no getUpdates poll was parked within ${timeoutMs} ms`));
        }, timeoutMs);
        const unsubscribe = polls.onParked(() => {
          clearTimeout(timer);
          unsubscribe();
          resolve();
        });
      });
    },
    failNext(method, answer, times = 1) {
      const queue = failures.get(method.toLowerCase()) ?? [];
      failures.set(method.toLowerCase(), [
        ...queue,
        ...Array<InjectedFailure | 'network'>(times).fill(answer),
      ]);
    },
    onMethod(method, handler) {
      methods.set(method.toLowerCase(), { name: method, handler });
    },
    webhook: () => state.webhook,
    limitCounts: () => ({ ...limits.counts }),
  };
}

/** POSTs an update to a bot's webhook the way Telegram does; reports the status, body and elapsed milliseconds. */
export async function postWebhookUpdate(
  url: string,
  secretToken: string | undefined,
  update: Update,
): Promise<{ status: number; body: string; elapsedMs: number }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(secretToken !== undefined ? { 'x-telegram-bot-api-secret-token': secretToken } : {}),
    },
    body: JSON.stringify(update),
  });
  const body = await response.text();
  return { status: response.status, body, elapsedMs: Math.round(performance.now() - started) };
}
