import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createMetrics } from '../../api/metrics/metrics.js';
import { createEmailChannel } from '../../jobs/channels/email.channel.js';
import { createLocalSendBudget } from '../../jobs/channels/telegram-budget.js';
import { createTelegramChannel } from '../../jobs/channels/telegram.channel.js';
import { countEmailDeliveries, countTelegramDeliveries } from '../../jobs/job-metrics.js';
import { metricValue } from '../api/metrics/metric-value.js';
import { startBotApiServer, type BotApiServer } from '../helpers/bot-api-server.js';
import { silentLogger } from '../helpers/silent-logger.js';

const TOKEN = '7000000789:AAH-job-metrics-tests_0123456789abcdef';
const MESSAGE = { to: 'someone@example.ru', subject: 'Проверка', text: 'Текст', html: '<p>Текст</p>' };

describe('delivery metrics of the jobs role', () => {
  let telegram: BotApiServer;
  beforeAll(async () => {
    telegram = await startBotApiServer({ token: TOKEN });
  });
  afterAll(() => telegram.stop());

  it('when e-mails and pushes are delivered, then each counts by channel and outcome', async () => {
    const metrics = createMetrics();
    const files = countEmailDeliveries(
      createEmailChannel({ from: 'СРО <no-reply@sro.test>', dataDir: tmpdir(), log: silentLogger }),
      metrics,
    );
    const refused = countEmailDeliveries(
      createEmailChannel({
        smtpUrl: 'smtp://127.0.0.1:9',
        from: 'СРО <no-reply@sro.test>',
        dataDir: tmpdir(),
        log: silentLogger,
      }),
      metrics,
    );
    const pushes = countTelegramDeliveries(
      createTelegramChannel(
        { token: TOKEN, apiRoot: telegram.apiRoot },
        createLocalSendBudget({ perSecond: 30 }),
      ),
      metrics,
    );
    const count = (channel: string, outcome: string) =>
      metricValue(metrics, 'outbox_deliveries_total', { channel, outcome });

    await files.send(MESSAGE);
    await expect(refused.send(MESSAGE)).rejects.toThrow();
    expect(await pushes.send(1001, 'Новое письмо', null)).toMatchObject({ status: 'sent' });
    telegram.failNext('sendMessage', {
      error_code: 403,
      description: 'Forbidden: bot was blocked by the user',
    });
    expect(await pushes.send(1002, 'Новое письмо', null)).toMatchObject({ status: 'blocked' });
    telegram.failNext('sendMessage', { error_code: 400, description: 'Bad Request: message is too long' });
    expect(await pushes.send(1003, 'Новое письмо', null)).toMatchObject({ status: 'rejected' });
    files.close();
    refused.close();

    expect({
      emailSent: await count('email', 'sent'),
      emailError: await count('email', 'error'),
      telegramSent: await count('telegram', 'sent'),
      telegramBlocked: await count('telegram', 'blocked'),
      telegramRejected: await count('telegram', 'rejected'),
    }).toEqual({ emailSent: 1, emailError: 1, telegramSent: 1, telegramBlocked: 1, telegramRejected: 1 });
  });
});
