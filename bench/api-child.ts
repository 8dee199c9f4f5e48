import { forkBenchChild } from './bench-child.js';

export interface ApiChildSettings {
  mongoUri: string;
  dbName: string;
  redisUrl: string;
  botToken: string;
}

export interface ApiChild {
  /** The API's base URL, `…/api/v1`. */
  baseUrl: string;
  /** CPU time the API's process has used, ms. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The API app in a process of its own, as the api role runs in production beside a bot role, so that the bot's
 * figures are not those of one event loop serving both; it inherits tsx from this process.
 */
export async function startApiChild(settings: ApiChildSettings): Promise<ApiChild> {
  const child = await forkBenchChild('./api-child.process.ts', settings, 'the API process');
  return {
    baseUrl: `http://127.0.0.1:${child.port}/api/v1`,
    cpuMs: async () => (await child.ask<{ cpuMs: number }>('cpu')).cpuMs,
    stop: () => child.stop('stop'),
  };
}
