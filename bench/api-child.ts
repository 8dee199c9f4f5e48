import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

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
  const child = fork(fileURLToPath(new URL('./api-child.process.ts', import.meta.url)), [
    JSON.stringify(settings),
  ]);
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.once('exit', (code) => reject(new Error(`the API process exited with ${code}`)));
  });
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    async cpuMs() {
      child.send('cpu');
      const [message] = (await once(child, 'message')) as [{ cpuMs: number }];
      return message.cpuMs;
    },
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    },
  };
}
