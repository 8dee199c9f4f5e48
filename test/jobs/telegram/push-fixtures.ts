import { randomInt, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll } from '@jest/globals';
import { Types } from 'mongoose';
import { generateInn } from '../../../api/domain/members/tax-ids.js';
import { ensureIndexes } from '../../../api/domain/models.js';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { createEmailChannel } from '../../../jobs/channels/email.channel.js';
import { createTelegramChannel } from '../../../jobs/channels/telegram.channel.js';
import { dispatchOutbox } from '../../../jobs/dispatch-outbox.job.js';
import { startBotApiServer, type BotApiServer } from '../../helpers/bot-api-server.js';
import { useTestDatabase } from '../../helpers/database.js';
import { createMember } from '../../helpers/factories.js';
import { silentLogger } from '../../helpers/silent-logger.js';

export const BOT_TOKEN = '7000000002:test-token-of-the-telegram-jobs-suite';

export interface PushEnvironment {
  server: BotApiServer;
  /** Runs the jobs' outbox dispatch once, pushing through the local Bot API server. */
  dispatch(now?: Date): ReturnType<typeof dispatchOutbox>;
}

/** A fresh database and a local Bot API server for the file. */
export function usePushEnvironment(): PushEnvironment {
  useTestDatabase();
  const holder = {} as PushEnvironment;
  beforeAll(async () => {
    await ensureIndexes();
    const server = await startBotApiServer({ token: BOT_TOKEN });
    const telegram = createTelegramChannel({ token: BOT_TOKEN, apiRoot: server.apiRoot });
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

export const newChat = () => {
  const telegramUserId = randomInt(1_000_000, 2 ** 40);
  return { telegramUserId, chatId: telegramUserId };
};

/** An active representative of a new member (or of `memberId`), linked to a new Telegram chat. */
export async function linkedRepresentative(
  overrides: Record<string, unknown> = {},
  memberId?: Types.ObjectId,
) {
  const member = memberId
    ? { _id: memberId }
    : await createMember({ inn: generateInn('legal', Math.random) });
  const chat = newChat();
  const representative = await RepresentativeModel.create({
    memberId: member._id,
    fullName: 'Сидорова Анна Петровна',
    email: `rep-${randomUUID().slice(0, 8)}@example.ru`,
    status: 'active',
    emailConfirmedAt: new Date(),
    telegram: [{ ...chat, linkedAt: new Date() }],
    ...overrides,
  });
  return { memberId: member._id, representative: representative.toObject(), ...chat };
}

export const STAFF_CONTEXT = { principal: undefined };
export const staffId = () => String(new Types.ObjectId());
