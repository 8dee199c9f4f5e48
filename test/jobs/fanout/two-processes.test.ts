import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { ensureIndexes } from '../../../api/domain/models.js';
import { OutboxMessageModel } from '../../../api/domain/notifications/outbox-message.model.js';
import { TelegramDeliveryModel } from '../../../api/domain/telegram/telegram-delivery.model.js';
import { startBotApiServer, type BotApiServer } from '../../helpers/bot-api-server.js';
import { testMongoUri, useTestDatabase } from '../../helpers/database.js';
import { startJobsProcess, type JobsProcess } from '../../helpers/jobs-process/jobs-process.js';
import {
  broadcast,
  FANOUT_TOKEN,
  lettersTo,
  outboxFinished,
  receivedByChat,
  seedLinkedMembers,
} from './fanout-fixtures.js';

/** The double's limit; each process alone would stay under it, two with a budget each would not. */
const LIMIT = 12;

describe('the outbox dispatched by two jobs processes', () => {
  useTestDatabase();
  let server: BotApiServer;
  const processes: JobsProcess[] = [];
  beforeAll(async () => {
    await ensureIndexes();
    server = await startBotApiServer({
      token: FANOUT_TOKEN,
      limits: { perSecond: LIMIT, perChatPerSecond: 1 },
    });
  });
  afterAll(async () => {
    await Promise.all(processes.map((child) => child.kill()));
    await server?.stop();
  });

  it('when two processes dispatch a broadcast and letters, then every chat gets each message once and the bot stays within its limits', async () => {
    const { memberIds, chats } = await seedLinkedMembers(25, 2);
    const settings = {
      mongoUri: testMongoUri(),
      dbName: mongoose.connection.name,
      redisUrl: process.env.TEST_REDIS_URL!,
      telegram: { token: FANOUT_TOKEN, apiRoot: server.apiRoot, messagesPerSecond: 0.9 * LIMIT },
    };
    processes.push(...(await Promise.all([startJobsProcess(settings), startJobsProcess(settings)])));

    const notification = await broadcast();
    const letters = await lettersTo(memberIds);
    await outboxFinished(60_000);

    const received = receivedByChat(server);
    for (const chatId of chats) {
      const texts = received.get(chatId) ?? [];
      expect(texts).toHaveLength(2);
      expect(texts.filter((text) => text.includes(notification.title))).toHaveLength(1);
    }
    expect(server.limitCounts()).toMatchObject({
      accepted: chats.length * 2,
      globalViolations: 0,
      chatViolations: 0,
    });
    expect(await OutboxMessageModel.countDocuments({ status: 'done' })).toBe(letters.length + 1);
    const deliveries = await TelegramDeliveryModel.find().lean();
    expect(deliveries).toHaveLength(chats.length * 2);
    expect(deliveries.every((delivery) => delivery.status === 'sent')).toBe(true);
    expect(new Set(deliveries.map((delivery) => delivery.worker)).size).toBe(2);
  }, 90_000);
});
