import { describe, expect, it } from '@jest/globals';
import type { Message } from 'grammy/types';
import { postWebhookUpdate } from '../../helpers/bot-api-server.js';
import { newTelegramUser, useBotHarness } from './bot-harness.js';
import { representativeWithLink } from './linking-fixtures.js';

const SECRET = 'webhook-secret_of-the-bot-core-tests';

describe('bot: webhook mode in the API’s HTTP server', () => {
  const harness = useBotHarness({ mode: 'webhook', secretToken: SECRET });
  const webhookUrl = () => `${harness.baseUrl}/telegram/webhook`;

  it('when the bot starts, then it sets the webhook at /telegram/webhook with the secret', () => {
    expect(harness.telegram.webhook()).toMatchObject({ url: webhookUrl(), secret_token: SECRET });
  });

  it('when an update comes without the right secret, then it is refused with 401 and not handled', async () => {
    const user = newTelegramUser();
    const update = harness.telegram.userSends('/help', { ...user, push: false });

    const missing = await postWebhookUpdate(webhookUrl(), undefined, update);
    const wrong = await postWebhookUpdate(webhookUrl(), 'not-the-secret_0123456789', update);

    expect([missing.status, wrong.status]).toEqual([401, 401]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(harness.telegram.sentMessages(user.id)).toEqual([]);
  });

  it('when the API is slow, then the update is acknowledged within a second and the reply arrives afterwards', async () => {
    const { member, token } = await representativeWithLink(harness.api);
    const user = newTelegramUser();
    const update = harness.telegram.userSends(`/start ${token}`, { ...user, push: false });
    harness.faults.delayMs = 3000;

    const acknowledged = await postWebhookUpdate(webhookUrl(), SECRET, update).finally(() => {
      harness.faults.delayMs = 0;
    });
    const ackedAt = Date.now();

    expect(acknowledged.status).toBe(200);
    expect(acknowledged.elapsedMs).toBeLessThan(1000);
    const reply = await harness.telegram.waitForCall(
      'sendMessage',
      (call) => (call.response?.result as Message | undefined)?.chat.id === user.id,
      10_000,
    );
    expect(reply.time).toBeGreaterThanOrEqual(ackedAt);
    expect((reply.response?.result as Message).text).toContain(`Организация: ${member.shortName}`);
  });
});
