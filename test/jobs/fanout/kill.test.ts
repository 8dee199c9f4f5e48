import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { ensureIndexes } from '../../../api/domain/models.js';
import { deliveriesOfMessage } from '../../../api/domain/notifications/message-deliveries.js';
import { TelegramDeliveryModel } from '../../../api/domain/telegram/telegram-delivery.model.js';
import { startBotApiServer, type BotApiServer } from '../../helpers/bot-api-server.js';
import { testMongoUri, useTestDatabase } from '../../helpers/database.js';
import { startJobsProcess, type JobsProcess } from '../../helpers/jobs-process/jobs-process.js';
import {
  acceptedAtLeast,
  broadcast,
  FANOUT_TOKEN,
  outboxFinished,
  receivedByChat,
  seedLinkedMembers,
} from './fanout-fixtures.js';

describe('a jobs process killed in the middle of a fan-out', () => {
  useTestDatabase();
  let server: BotApiServer;
  const processes: JobsProcess[] = [];
  beforeAll(async () => {
    await ensureIndexes();
    // Telegram takes a while to answer, so that the kill finds messages on the wire
    server = await startBotApiServer({
      token: FANOUT_TOKEN,
      limits: { perSecond: 60, perChatPerSecond: 1, sendDelayMs: 300 },
    });
  });
  afterAll(async () => {
    await Promise.all(processes.map((child) => child.kill()));
    await server?.stop();
  });

  it('when the process is SIGKILLed and another starts, then every chat gets the broadcast once and those on the wire at the kill are shown as uncertain', async () => {
    const { chats } = await seedLinkedMembers(60, 2);
    const settings = {
      mongoUri: testMongoUri(),
      dbName: mongoose.connection.name,
      redisUrl: process.env.TEST_REDIS_URL!,
      telegram: { token: FANOUT_TOKEN, apiRoot: server.apiRoot, messagesPerSecond: 50 },
    };
    const first = await startJobsProcess(settings);
    processes.push(first);
    const notification = await broadcast();
    await acceptedAtLeast(server, 30);

    await first.kill();
    processes.push(await startJobsProcess(settings));
    await outboxFinished(45_000);

    const received = receivedByChat(server);
    const deliveries = await TelegramDeliveryModel.find().lean();
    expect(deliveries).toHaveLength(chats.length);
    const uncertain = deliveries.filter((delivery) => delivery.status === 'uncertain');
    expect(uncertain.length).toBeGreaterThanOrEqual(1);
    expect(deliveries.filter((delivery) => delivery.status === 'sent')).toHaveLength(
      chats.length - uncertain.length,
    );
    // the double processed what was on the wire, so nothing was lost and, not being sent again, nothing doubled
    for (const chatId of chats) expect(received.get(chatId) ?? []).toHaveLength(1);

    const rows = await deliveriesOfMessage(
      `notification.created:${String(notification._id)}`,
      [],
      new Date(),
    );
    const shown = rows.filter((row) => row.state === 'uncertain');
    expect(shown.map((row) => String(row.representativeId)).sort()).toEqual(
      uncertain.map((delivery) => String(delivery.representativeId)).sort(),
    );
    expect(shown[0]?.lastError).toContain('дошло ли сообщение, неизвестно');
  }, 90_000);
});
