import autocannon from 'autocannon';

export interface Target {
  url: string;
  headers?: Record<string, string>;
}

const LOAD = { connections: 10, duration: 10, pipelining: 1 } as const;

/** Requests per second at full speed; the load runs in a worker thread, so that it does not share the server's loop. */
export async function measureThroughput(target: Target) {
  const result = await autocannon({ ...target, ...LOAD, workers: 1 });
  return {
    requestsPerSecond: result.requests.average,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

/** Latency percentiles at a fixed rate, from every response's own time. */
export async function measureLatency(target: Target, requestsPerSecond: number) {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...target, ...LOAD, overallRate: requestsPerSecond }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    answered: times.length,
    failures: result.errors + result.timeouts + result.non2xx,
  };
}
