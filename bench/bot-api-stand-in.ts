import type { UserFromGetMe } from 'grammy/types';
import { forkBenchChild } from './bench-child.js';

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
  const child = await forkBenchChild('./bot-api-stand-in.process.ts', settings, 'the Bot API stand-in');
  return {
    apiRoot: `http://127.0.0.1:${child.port}`,
    counts: () => child.ask<StandInCounts>('counts'),
    stopUpdates: async () => {
      await child.ask('stop updates');
    },
    stop: () => child.stop(),
  };
}
