/**
 * The Bot API stand-in's own process (see bot-api-stand-in.ts): answers what startPolling calls, hands out an endless
 * stream of text updates from the bench's users and counts the replies.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StandInCounts, StandInSettings } from './bot-api-stand-in.js';
import { textUpdate } from './bot-updates.js';

const settings = JSON.parse(process.argv[2]!) as StandInSettings;
const counts: Omit<StandInCounts, 'cpuMs'> = { replies: 0, delivered: 0 };
/** The first update not yet confirmed by getUpdates' offset; update ids start at 1. */
let offset = 1;
let updates: 'handed out' | 'stopped' | 'all held by the bot' = 'handed out';

type Params = Record<string, unknown>;

function answer(method: string, params: Params): unknown {
  switch (method) {
    case 'getUpdates': {
      offset = Math.max(offset, Number(params.offset ?? 0));
      const limit = Number(params.limit ?? 100);
      counts.delivered = Math.max(counts.delivered, offset + limit - 1);
      return Array.from({ length: limit }, (_, index) => textUpdate(offset + index, settings.text));
    }
    case 'sendMessage':
    case 'editMessageText':
      counts.replies += 1;
      return {
        message_id: counts.replies,
        date: Math.floor(Date.now() / 1000),
        chat: { id: Number(params.chat_id), type: 'private', first_name: 'Анна' },
        text: params.text,
      };
    case 'getMe':
      return settings.botInfo;
    case 'deleteWebhook':
    case 'setMyCommands':
      return true;
    default:
      return undefined;
  }
}

function send(res: http.ServerResponse, method: string, result: unknown): void {
  res.writeHead(result === undefined ? 404 : 200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify(
      result === undefined
        ? { ok: false, error_code: 404, description: `Not Found: method ${method} is not served` }
        : { ok: true, result },
    ),
  );
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const method = /^\/bot[^/]+\/(\w+)/.exec(req.url ?? '')?.[1] ?? '';
    const body = Buffer.concat(chunks).toString();
    const params = body ? (JSON.parse(body) as Params) : {};
    if (method === 'getUpdates' && updates !== 'handed out') {
      // The bot is back for more, so it holds every update handed out; the poll waits out its timeout, as with
      // nothing pending.
      if (updates === 'stopped') {
        updates = 'all held by the bot';
        process.send!('held');
      }
      setTimeout(() => send(res, method, []), Number(params.timeout ?? 0) * 1000);
    } else send(res, method, answer(method, params));
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
process.on('message', (command: 'counts' | 'stop updates') => {
  if (command === 'stop updates') updates = 'stopped';
  else {
    const { user, system } = process.cpuUsage();
    process.send!({ ...counts, cpuMs: (user + system) / 1000 } satisfies StandInCounts);
  }
});
