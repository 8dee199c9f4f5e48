import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { MethodHandler, Params, UploadedFile } from './methods.js';
import { BotApiError, mimeOf, type BotApiStore } from './store.js';

/** Telegram's response envelope. */
export interface ApiResponse {
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

export interface RecordedCall {
  /** Canonical method name (`sendMessage` even if requested as `sendmessage`); as requested when unknown. */
  method: string;
  /** Parameters from the query string and body; form values that hold JSON, integers or booleans are decoded. */
  params: Params;
  files: UploadedFile[];
  /** `Date.now()` when the request arrived; calls are recorded in the order they were answered. */
  time: number;
  /** HTTP status; 0 when the connection was closed without an answer (an injected network error). */
  status: number;
  response?: ApiResponse;
}

/** A Telegram error answer, or `'network'` to close the socket without answering. */
export type InjectedFailure = Required<Pick<ApiResponse, 'error_code' | 'description'>> &
  Pick<ApiResponse, 'parameters'>;

export interface HttpDeps {
  token: string;
  store: BotApiStore;
  resolve: (method: string) => { name: string; handler: MethodHandler } | undefined;
  takeFailure: (method: string, params: Params) => InjectedFailure | 'network' | undefined;
  record: (call: RecordedCall) => void;
  isStopping: () => boolean;
}

/** Telegram's upload limit for bots is 50 MB; leave room for the multipart framing. */
const MAX_BODY_BYTES = 52 * 1024 * 1024;
const INT_PARAMS = new Set(
  'chat_id message_id offset limit timeout reply_to_message_id max_connections cache_time message_thread_id from_chat_id user_id'.split(
    ' ',
  ),
);
const BOOL_PARAMS = new Set(
  'drop_pending_updates show_alert disable_notification protect_content allow_sending_without_reply disable_web_page_preview'.split(
    ' ',
  ),
);

function decodeFormValue(key: string, value: string): unknown {
  if (/^\s*[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (INT_PARAMS.has(key) && /^-?\d+$/.test(value)) return Number(value);
  if (BOOL_PARAMS.has(key) && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** A `name="x"; filename=…` parameter list; unquoted values may hold raw UTF-8 (grammY sends filenames so). */
function headerParams(value: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const m of value.matchAll(/;\s*([^=;\s]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    const raw = m[2]!.trim();
    params[m[1]!.toLowerCase()] = raw.startsWith('"')
      ? raw
          .slice(1, -1)
          .replace(/\\(.)/g, '$1')
          .replace(/%22/g, '"')
          .replace(/%0A/gi, '\n')
          .replace(/%0D/gi, '\r')
      : raw;
  }
  const extended = /^UTF-8''(.*)$/i.exec(params['filename*'] ?? '');
  if (extended) params.filename = decodeURIComponent(extended[1]!);
  return params;
}

/**
 * A minimal multipart/form-data parser. busboy (and so multer) silently drops parts whose unquoted filename holds
 * non-ASCII bytes, which is exactly how grammY uploads `InputFile(…, 'отчёт.pdf')`; Telegram accepts them.
 */
function parseMultipart(
  body: Buffer,
  contentType: string,
): { fields: Record<string, string>; files: UploadedFile[] } {
  const boundary = headerParams(contentType).boundary;
  if (!boundary) throw new BotApiError(400, 'Bad Request: multipart boundary is missing');
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let pos = body.indexOf(`--${boundary}`);
  while (pos !== -1) {
    pos = body.indexOf('\n', pos) + 1;
    const end = body.indexOf(delimiter, pos);
    if (pos === 0 || end === -1) break;
    const part = body.subarray(pos, end);
    const split = part.indexOf('\r\n\r\n');
    const head = split === -1 ? '' : part.subarray(0, split).toString('utf8');
    const headers = Object.fromEntries(
      head
        .split('\r\n')
        .map((line) => [
          line.slice(0, line.indexOf(':')).trim().toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
    );
    const disposition = headerParams(`;${headers['content-disposition'] ?? ''}`);
    const content = split === -1 ? Buffer.alloc(0) : part.subarray(split + 4);
    if (disposition.name !== undefined && disposition.filename !== undefined) {
      const fileName = disposition.filename;
      const mimeType = headers['content-type'] || 'application/octet-stream';
      files.push({
        field: disposition.name,
        fileName,
        mimeType,
        size: content.length,
        bytes: Buffer.from(content),
      });
    } else if (disposition.name !== undefined) {
      fields[disposition.name] = content.toString('utf8');
    }
    pos = body[end + delimiter.length] === 0x2d ? -1 : end + 2;
  }
  return { fields, files };
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function parseRequest(
  url: URL,
  req: IncomingMessage,
  body: Buffer,
): { params: Params; files: UploadedFile[] } {
  const contentType = req.headers['content-type'] ?? '';
  const form: Record<string, string> = Object.fromEntries(url.searchParams);
  let params: Params = {};
  let files: UploadedFile[] = [];
  if (/^application\/json/i.test(contentType) && body.length > 0) {
    try {
      params = JSON.parse(body.toString('utf8')) as Params;
    } catch {
      throw new BotApiError(400, 'Bad Request: invalid JSON in the request body');
    }
  } else if (/^application\/x-www-form-urlencoded/i.test(contentType)) {
    Object.assign(form, Object.fromEntries(new URLSearchParams(body.toString('utf8'))));
  } else if (/^multipart\/form-data/i.test(contentType)) {
    const multipart = parseMultipart(body, contentType);
    Object.assign(form, multipart.fields);
    files = multipart.files;
  }
  const decoded = Object.fromEntries(
    Object.entries(form).map(([key, value]) => [key, decodeFormValue(key, value)]),
  );
  return { params: { ...decoded, ...params }, files };
}

function send(res: ServerResponse, status: number, body: ApiResponse | Buffer, closing: boolean): void {
  const payload = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  res.writeHead(status, {
    'content-type': Buffer.isBuffer(body)
      ? (mimeOf(res.req.url) ?? 'application/octet-stream')
      : 'application/json',
    'content-length': payload.length,
    ...(closing ? { connection: 'close' } : {}),
  });
  res.end(payload);
}

const failure = (code: number, description: string, parameters?: ApiResponse['parameters']): ApiResponse => ({
  ok: false,
  error_code: code,
  description,
  ...(parameters ? { parameters } : {}),
});

async function handle(deps: HttpDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const reply = (status: number, body: ApiResponse | Buffer) => send(res, status, body, deps.isStopping());
  const download = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
  if (download) {
    const file = deps.store.fileByPath(decodeURIComponent(download[2]!));
    const authorized = decodeURIComponent(download[1]!) === deps.token;
    return authorized && file?.bytes ? reply(200, file.bytes) : reply(404, failure(404, 'Not Found'));
  }
  const route = /^\/bot([^/]+)\/([^/]*)$/.exec(url.pathname);
  if (!route) return reply(404, failure(404, 'Not Found'));
  const time = Date.now();
  const body = await readBody(req).catch(() => Buffer.alloc(0));
  const entry = deps.resolve(route[2]!);
  const method = entry?.name ?? route[2]!;
  let call: RecordedCall = { method, params: {}, files: [], time, status: 0 };
  const answer = (status: number, response: ApiResponse) => {
    deps.record({ ...call, status, response });
    reply(status, response);
  };
  if (body === undefined) return answer(413, failure(413, 'Request Entity Too Large'));
  try {
    call = { ...call, ...parseRequest(url, req, body) };
  } catch (error) {
    if (!(error instanceof BotApiError)) throw error;
    return answer(error.errorCode, failure(error.errorCode, error.description));
  }
  if (decodeURIComponent(route[1]!) !== deps.token) return answer(401, failure(401, 'Unauthorized'));
  if (!entry) return answer(404, failure(404, 'Not Found: method not found'));
  const injected = deps.takeFailure(method, call.params);
  if (injected === 'network') {
    deps.record(call);
    req.socket.destroy();
    return;
  }
  if (injected) return answer(injected.error_code, { ok: false, ...injected });
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableEnded) controller.abort();
  });
  try {
    const result = await entry.handler(call.params, { files: call.files, signal: controller.signal });
    answer(200, { ok: true, result });
  } catch (error) {
    if (error instanceof BotApiError)
      answer(error.errorCode, failure(error.errorCode, error.description, error.parameters));
    else
      answer(
        500,
        failure(500, `Internal Server Error: ${error instanceof Error ? error.message : String(error)}`),
      );
  }
}

export function createBotApiHttpServer(deps: HttpDeps): Server {
  return createServer((req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, failure(500, `Internal Server Error: ${String(error)}`), true);
    });
  });
}
