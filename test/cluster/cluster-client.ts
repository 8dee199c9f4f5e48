import { readFile } from 'node:fs/promises';
import type { DemoCredentials } from '../../api/db/demo/credentials.js';

export interface Answer {
  method: string;
  path: string;
  /** 0 when no answer came (the connection failed). */
  status: number;
  servedBy: string | null;
  body: unknown;
  startedAt: number;
  endedAt: number;
}

export type Representative = DemoCredentials['representatives'][number];

/** Requests to the cluster's proxy, each with the api process that served it. */
export class ClusterClient {
  constructor(readonly url: string) {}

  async call(
    method: string,
    path: string,
    options: { token?: string; body?: unknown } = {},
  ): Promise<Answer> {
    const startedAt = Date.now();
    try {
      const response = await fetch(`${this.url}${path}`, {
        method,
        headers: {
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON
      }
      const servedBy = response.headers.get('x-served-by');
      return { method, path, status: response.status, servedBy, body, startedAt, endedAt: Date.now() };
    } catch (error) {
      return { method, path, status: 0, servedBy: null, body: String(error), startedAt, endedAt: Date.now() };
    }
  }

  async signIn(rep: Representative): Promise<Answer & { token: string; memberId: string }> {
    const answer = await this.call('POST', '/api/v1/auth/sign-in', {
      body: { inn: rep.inn, email: rep.email, password: rep.password },
    });
    if (answer.status !== 200)
      throw new Error(`sign-in of ${rep.email}: ${answer.status} ${JSON.stringify(answer.body)}`);
    const body = answer.body as { token: string; member: { id: string } };
    return { ...answer, token: body.token, memberId: body.member.id };
  }

  async staffToken(email: string, password: string): Promise<string> {
    const answer = await this.call('POST', '/api/v1/auth/staff/sign-in', { body: { email, password } });
    if (answer.status !== 200)
      throw new Error(`staff sign-in: ${answer.status} ${JSON.stringify(answer.body)}`);
    return (answer.body as { token: string }).token;
  }
}

/** The demo's representatives that can sign in (credentials.json also lists refused ones, to try refusals with). */
export async function activeRepresentatives(credentialsPath: string): Promise<Representative[]> {
  const credentials = JSON.parse(await readFile(credentialsPath, 'utf8')) as DemoCredentials;
  return credentials.representatives.filter((rep) => !/отклонён/.test(rep.note));
}

export async function staffAccount(credentialsPath: string): Promise<DemoCredentials['staff'][number]> {
  const credentials = JSON.parse(await readFile(credentialsPath, 'utf8')) as DemoCredentials;
  return credentials.staff.find((s) => s.role === 'expert') ?? credentials.staff[0]!;
}

/** Between one loop's requests, so that the load leaves the two cores room for the processes' own work. */
const PAUSE_MS = 20;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Steady traffic until stopped: `readers` loops of cabinet reads (GET) with the given sessions and one loop of
 * sign-ins (POST, never retried by the proxy once sent), every answer kept.
 */
export function startLoad(
  client: ClusterClient,
  sessions: readonly { token: string }[],
  reps: readonly Representative[],
  readers = 4,
): { answers: Answer[]; stop(): Promise<Answer[]> } {
  const answers: Answer[] = [];
  let running = true;
  const reads = [
    '/api/v1/cabinet/summary',
    '/api/v1/cabinet/letters',
    '/api/v1/auth/me',
    '/api/v1/cabinet/card',
  ];
  const reader = async (index: number) => {
    for (let i = index; running; i += 1) {
      const token = sessions[i % sessions.length]!.token;
      answers.push(await client.call('GET', reads[i % reads.length]!, { token }));
      await pause(PAUSE_MS);
    }
  };
  const signer = async () => {
    for (let i = 0; running; i += 1) {
      const rep = reps[i % reps.length]!;
      answers.push(
        await client.call('POST', '/api/v1/auth/sign-in', {
          body: { inn: rep.inn, email: rep.email, password: rep.password },
        }),
      );
      await pause(PAUSE_MS * 5);
    }
  };
  const loops = [...Array.from({ length: readers }, (_, i) => reader(i)), signer()];
  return {
    answers,
    async stop() {
      running = false;
      await Promise.all(loops);
      return answers;
    },
  };
}

/** The sum of a Prometheus text exposition's samples of `series` whose labels include `labels`. */
export function sampleSum(exposition: string, series: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of exposition.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== series) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (Object.entries(labels).every(([name, value]) => found[name] === value)) sum += Number(match[3]);
  }
  return sum;
}

export async function scrape(metricsUrl: string): Promise<string> {
  const response = await fetch(metricsUrl, { signal: AbortSignal.timeout(10_000) });
  if (response.status !== 200) throw new Error(`${metricsUrl}: ${response.status}`);
  return response.text();
}
