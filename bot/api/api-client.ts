import { createHmac } from 'node:crypto';

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

export interface ApiClientOptions {
  /** Base URL of the API, e.g. http://127.0.0.1:3000/api/v1 */
  baseUrl: string;
  botToken: string;
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

/** A thin HTTP client of the API; the bot never touches MongoDB. */
export class ApiClient {
  private readonly key: string;

  constructor(private readonly options: ApiClientOptions) {
    this.key = botKey(options.botToken);
  }

  async request<T>(credentials: Credentials, path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.send(credentials, path, options);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  /** For downloads: the raw response of a successful call. */
  async download(credentials: Credentials, path: string): Promise<Response> {
    return this.send(credentials, path, {});
  }

  private async send(credentials: Credentials, path: string, options: RequestOptions): Promise<Response> {
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
    const response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
    });
    if (response.ok) return response;
    const problem = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    throw new ApiError(
      response.status,
      String(problem.type ?? '')
        .split('/')
        .pop() ?? '',
      typeof problem.detail === 'string' ? problem.detail : 'Сервис временно недоступен. Попробуйте позже.',
      problem,
    );
  }
}
