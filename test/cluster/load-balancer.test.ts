import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from '@jest/globals';
import { freePort } from '../../api/db/free-port.js';
import { startLoadBalancer, type LoadBalancer } from '../../deploy/cluster/load-balancer.js';

interface FakeUpstream {
  port: number;
  /** Method and path of every request that reached it. */
  seen: string[];
  stop(): Promise<void>;
}

/** An upstream that answers 200 naming itself, or drops the connection without an answer when `drops` says so. */
async function startUpstream(
  drops: (req: http.IncomingMessage) => boolean = () => false,
): Promise<FakeUpstream> {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    if (req.url === '/readyz') return void res.end('ready');
    seen.push(`${req.method} ${req.url}`);
    req.resume();
    req.once('end', () => {
      if (drops(req)) req.socket.destroy();
      else res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe('the cluster proxy', () => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  const balance = async (ports: number[]): Promise<LoadBalancer> => {
    const proxy = await startLoadBalancer({
      port: 0,
      upstreams: ports.map((port, i) => ({ name: `api-${i + 1}`, port })),
      probePath: '/readyz',
      probeEveryMs: 60_000,
    });
    stops.push(proxy.stop);
    return proxy;
  };
  const send = async (proxy: LoadBalancer, method: string, path: string) => {
    const response = await fetch(`${proxy.url}${path}`, {
      method,
      ...(method === 'POST' ? { body: '{}' } : {}),
    });
    return { status: response.status, servedBy: response.headers.get('x-served-by') };
  };

  it('when requests come in, then they alternate between the upstreams, each answer naming its upstream', async () => {
    const [one, two] = [await startUpstream(), await startUpstream()];
    stops.push(one.stop, two.stop);
    const proxy = await balance([one.port, two.port]);

    const answers = [];
    for (let i = 0; i < 4; i += 1) answers.push(await send(proxy, 'GET', `/api/v1/x${i}`));

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(answers.map((a) => a.servedBy))).toEqual(new Set(['api-1', 'api-2']));
    expect([one.seen.length, two.seen.length]).toEqual([2, 2]);
  });

  it('when an upstream refuses the connection, then a POST goes to the other one, which it never reached', async () => {
    const live = await startUpstream();
    stops.push(live.stop);
    const proxy = await balance([await freePort(), live.port]);

    const answers = [await send(proxy, 'POST', '/api/v1/a'), await send(proxy, 'POST', '/api/v1/b')];

    expect(answers).toEqual([
      { status: 200, servedBy: 'api-2' },
      { status: 200, servedBy: 'api-2' },
    ]);
    expect(live.seen).toEqual(['POST /api/v1/a', 'POST /api/v1/b']);
    expect(proxy.inRotation()).toEqual(['api-2']);
  });

  it('when an upstream drops a connection it took, then a GET is tried on the other and a POST answers 502 without a second try', async () => {
    const dropping = await startUpstream(() => true);
    const other = await startUpstream();
    stops.push(dropping.stop, other.stop);
    const proxy = await balance([dropping.port, other.port]);

    const answers = [];
    for (const method of ['GET', 'GET', 'POST', 'POST'])
      answers.push(await send(proxy, method, `/api/v1/${method}`));

    expect(answers.map((a) => a.status)).toEqual([200, 200, expect.any(Number), expect.any(Number)]);
    const posts = answers.slice(2);
    expect(posts).toContainEqual({ status: 502, servedBy: 'api-1' });
    expect(dropping.seen.filter((s) => s.startsWith('POST'))).toHaveLength(1);
    expect(other.seen.filter((s) => s.startsWith('POST'))).toHaveLength(1);
    expect(other.seen.filter((s) => s.startsWith('GET'))).toHaveLength(2);
  });
});
