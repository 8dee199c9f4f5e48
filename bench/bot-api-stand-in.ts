import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { UserFromGetMe } from 'grammy/types';

export interface StandInSettings {
  botInfo: UserFromGetMe;
  /** The text of every update handed out. */
  text: string;
}

export interface StandInCounts {
  /** sendMessage and editMessageText calls answered. */
  replies: number;
  /** Updates handed out by getUpdates. */
  delivered: number;
  /** CPU time the stand-in's process has used, ms. */
  cpuMs: number;
}

export interface BotApiStandIn {
  /** For grammY's `client.apiRoot`. */
  apiRoot: string;
  counts(): Promise<StandInCounts>;
  /** Hands out no more updates; resolves once the bot polls again, so holding every update handed out. */
  stopUpdates(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A minimal Bot API server in a child process of its own, so that serving the updates and taking the replies does not
 * run on the bot's event loop; it inherits tsx from this process.
 */
export async function startBotApiStandIn(settings: StandInSettings): Promise<BotApiStandIn> {
  const child = fork(fileURLToPath(new URL('./bot-api-stand-in.process.ts', import.meta.url)), [
    JSON.stringify(settings),
  ]);
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message: { port: number }) => resolve(message.port));
    child.once('exit', (code) => reject(new Error(`the Bot API stand-in exited with ${code}`)));
  });
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    async counts() {
      child.send('counts');
      const [counts] = (await once(child, 'message')) as [StandInCounts];
      return counts;
    },
    async stopUpdates() {
      child.send('stop updates');
      await once(child, 'message');
    },
    async stop() {
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    },
  };
}
