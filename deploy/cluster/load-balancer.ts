import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Upstream {
  /** Named in the `X-Served-By` answer header. */
  name: string;
  port: number;
}

export interface LoadBalancerOptions {
  /** 0 for a free port. */
  port: number;
  /** Taken in turn for every request… */
  upstreams: readonly Upstream[];
  /** …except those whose path starts with one of these prefixes, which go to the upstream named. */
  pinned?: readonly { prefix: string; upstream: Upstream }[];
  /** Answers 200 while an upstream takes new requests. */
  probePath: string;
  probeEveryMs?: number;
}

export interface LoadBalancer {
  url: string;
  /** Upstreams currently in rotation. */
  inRotation(): string[];
  stop(): Promise<void>;
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Errors raised before the upstream accepted the connection: the request never reached it. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te'];
const MAX_BODY_BYTES = 64 * 1024 * 1024;

type Outcome = { response: http.IncomingMessage } | { error: NodeJS.ErrnoException; connected: boolean };

function forward(upstream: Upstream, req: http.IncomingMessage, body: Buffer): Promise<Outcome> {
  const headers: http.OutgoingHttpHeaders = { ...req.headers };
  for (const name of HOP_BY_HOP) delete headers[name];
  const client = req.socket.remoteAddress ?? '';
  headers['x-forwarded-for'] = req.headers['x-forwarded-for']
    ? `${req.headers['x-forwarded-for']}, ${client}`
    : client;
  headers['x-forwarded-proto'] = 'http';
  if (req.headers.host) headers['x-forwarded-host'] = req.headers.host;
  headers['content-length'] = String(body.length);
  return new Promise((resolve) => {
    let connected = false;
    // A fresh connection per request: a kept-alive one could be closed by a stopping upstream just as a request
    // goes out on it, and then nobody knows whether it was handled.
    const request = http.request(
      { host: '127.0.0.1', port: upstream.port, method: req.method, path: req.url, headers, agent: false },
      (response) => resolve({ response }),
    );
    request.on('socket', (socket) => socket.once('connect', () => (connected = true)));
    request.once('error', (error: NodeJS.ErrnoException) => resolve({ error, connected }));
    request.end(body);
  });
}

function readBody(req: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) resolve(null);
      else chunks.push(chunk);
    });
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

function problem(res: http.ServerResponse, status: number, title: string, servedBy?: string): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, {
    'content-type': 'application/problem+json',
    ...(servedBy ? { 'x-served-by': servedBy } : {}),
  });
  res.end(JSON.stringify({ type: 'about:blank', title, status }));
}

/**
 * A small round-robin HTTP proxy for a local cluster. An upstream whose probe fails, or that refuses a connection, is
 * out of rotation until its probe answers 200 again. A request whose connection was refused goes to the next upstream
 * whatever its method, since it never reached the first; one that failed after connecting goes on only when it is
 * idempotent (GET, HEAD, OPTIONS) and otherwise answers 502 naming the upstream in `X-Served-By`.
 */
export async function startLoadBalancer(options: LoadBalancerOptions): Promise<LoadBalancer> {
  const down = new Set<string>();
  let next = 0;
  const pick = (tried: Set<string>): Upstream | undefined => {
    const candidates = options.upstreams.filter((u) => !tried.has(u.name));
    const live = candidates.filter((u) => !down.has(u.name));
    const pool = live.length > 0 ? live : candidates;
    if (pool.length === 0) return undefined;
    next = (next + 1) % pool.length;
    return pool[next];
  };

  const server = http.createServer(async (req, res) => {
    const body = await readBody(req).catch(() => null);
    if (body === null) return problem(res, 413, 'Слишком большой запрос.');
    const pinned = options.pinned?.find((p) => req.url?.startsWith(p.prefix))?.upstream;
    const tried = new Set<string>();
    for (;;) {
      const upstream = pinned && tried.size === 0 ? pinned : pinned ? undefined : pick(tried);
      if (!upstream) return problem(res, 503, 'Сервис временно недоступен.');
      tried.add(upstream.name);
      const outcome = await forward(upstream, req, body);
      if ('response' in outcome) {
        const { response } = outcome;
        const headers: http.OutgoingHttpHeaders = { ...response.headers, 'x-served-by': upstream.name };
        for (const name of HOP_BY_HOP) delete headers[name];
        res.writeHead(response.statusCode ?? 502, headers);
        response.pipe(res);
        response.once('error', () => res.destroy());
        return;
      }
      const refused = !outcome.connected && NOT_CONNECTED.has(outcome.error.code ?? '');
      if (refused) down.add(upstream.name);
      if (!refused && !IDEMPOTENT.has(req.method ?? '')) {
        return problem(res, 502, 'Сервер не ответил на запрос.', upstream.name);
      }
    }
  });
  server.keepAliveTimeout = 30_000;

  let probing = false;
  const probe = async () => {
    if (probing) return;
    probing = true;
    for (const upstream of [...options.upstreams, ...(options.pinned ?? []).map((p) => p.upstream)]) {
      const status = await fetch(`http://127.0.0.1:${upstream.port}${options.probePath}`, {
        signal: AbortSignal.timeout(1000),
      }).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200) down.delete(upstream.name);
      else down.add(upstream.name);
    }
    probing = false;
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  await probe();
  const timer = setInterval(() => void probe(), options.probeEveryMs ?? 500);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    inRotation: () => options.upstreams.filter((u) => !down.has(u.name)).map((u) => u.name),
    stop: () =>
      new Promise<void>((resolve) => {
        clearInterval(timer);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
