import { tmpdir } from 'node:os';
import { afterAll, beforeAll } from '@jest/globals';
import { createEmailChannel } from '../../jobs/channels/email.channel.js';
import { createLocalSendBudget } from '../../jobs/channels/telegram-budget.js';
import { createTelegramChannel } from '../../jobs/channels/telegram.channel.js';
import { dispatchOutbox } from '../../jobs/dispatch-outbox.job.js';
import { startBotApiServer, type BotApiServer } from './bot-api-server.js';
import { silentLogger } from './silent-logger.js';

export interface OutboxDispatch {
  server: BotApiServer;
  /** Runs the jobs' outbox dispatch once, pushing through the local Bot API server. */
  dispatch(now?: Date): ReturnType<typeof dispatchOutbox>;
}

/** A local Bot API server for the file, and the jobs' outbox dispatch pushing through it (e-mail into files). */
export function useOutboxDispatch(token: string): OutboxDispatch {
  const holder = {} as OutboxDispatch;
  beforeAll(async () => {
    const server = await startBotApiServer({ token });
    const telegram = createTelegramChannel(
      { token, apiRoot: server.apiRoot },
      createLocalSendBudget({ perSecond: 1000 }),
    );
    const email = createEmailChannel({
      from: 'СРО <no-reply@sro.test>',
      dataDir: tmpdir(),
      log: silentLogger,
    });
    holder.server = server;
    holder.dispatch = (now) =>
      dispatchOutbox({ email, telegram, publicUrl: 'http://cabinet.test', log: silentLogger }, now);
  });
  afterAll(() => holder.server?.stop());
  return holder;
}
