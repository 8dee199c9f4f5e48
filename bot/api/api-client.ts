import { createHmac } from 'node:crypto';
import { Agent, request, type Dispatcher, type FormData } from 'undici';

/** The key the bot presents to the API on its own behalf (linking); the API derives the same from the bot token. */
export function botKey(botToken: string): string {
  return createHmac('sha256', botToken).update('sro-cabinet-bot').digest('hex');
}

/** A problem answer of the API: `detail` is Russian and fit to show the user as it is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly detail: string,
    readonly body: Record<string, unknown>,
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

/** The file name of a Content-Disposition header: the UTF-8 one (RFC 8187) if there is one, else the plain one. */
function filenameOf(disposition: string): string | null {
  const encoded = /filename\*=UTF-8''([^;\s]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // a malformed name: fall back to the plain one
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
}

export interface ApiClientOptions {
  /** Base URL of the API, e.g. http://127.0.0.1:3000/api/v1 */
  baseUrl: string;
  botToken: string;
  /** How long the API may take to start answering, and to send the next part of a body; 15 s unless set. */
  timeoutMs?: number;
}

export type Credentials = { bot: true } | { session: string };

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
}

/**
 * A thin HTTP client of the API; the bot never touches MongoDB. It keeps its connections to the API open between calls
 * (undici's request, cheaper per call than fetch: the bot makes one for nearly every update).
 */
export class ApiClient {
  private readonly key: string;
  private readonly connections: Agent;

  constructor(private readonly options: ApiClientOptions) {
    this.key = botKey(options.botToken);
    const timeout = options.timeoutMs ?? 15_000;
    this.connections = new Agent({ headersTimeout: timeout, bodyTimeout: timeout });
  }

  async request<T>(credentials: Credentials, path: string, options: RequestOptions = {}): Promise<T> {
    const { statusCode, body } = await this.send(credentials, path, options);
    if (statusCode === 204) {
      await body.dump();
      return undefined as T;
    }
    return (await body.json()) as T;
  }

  /** For downloads: the body of a successful call, as it arrives. */
  async download(credentials: Credentials, path: string): Promise<AsyncIterable<Uint8Array>> {
    return (await this.send(credentials, path, {})).body;
  }

  /** A small file whole (an .ics), with the name the API gave it in Content-Disposition, if any. */
  async file(credentials: Credentials, path: string): Promise<{ filename: string | null; bytes: Buffer }> {
    const { headers, body } = await this.send(credentials, path, {});
    const disposition = headers['content-disposition'];
    return {
      filename: filenameOf(typeof disposition === 'string' ? disposition : ''),
      bytes: Buffer.from(await body.arrayBuffer()),
    };
  }

  /** Closes the connections kept open to the API. */
  async close(): Promise<void> {
    await this.connections.close();
  }

  private async send(
    credentials: Credentials,
    path: string,
    options: RequestOptions,
  ): Promise<Dispatcher.ResponseData> {
    const url = new URL(`${this.options.baseUrl}${path}`);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { ...options.headers };
    if ('bot' in credentials) headers['x-bot-key'] = this.key;
    else headers.authorization = `Bearer ${credentials.session}`;
    let body: string | FormData | undefined;
    if (options.form) body = options.form;
    else if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] = 'application/json';
    }
    const response = await request(url, {
      dispatcher: this.connections,
      method: options.method ?? 'GET',
      headers,
      body,
    });
    if (response.statusCode >= 200 && response.statusCode < 300) return response;
    const problem = (await response.body.json().catch(() => ({}))) as Record<string, unknown>;
    throw new ApiError(
      response.statusCode,
      String(problem.type ?? '')
        .split('/')
        .pop() ?? '',
      typeof problem.detail === 'string' ? problem.detail : 'Сервис временно недоступен. Попробуйте позже.',
      problem,
    );
  }
}
