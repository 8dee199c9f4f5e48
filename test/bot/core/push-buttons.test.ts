import { beforeAll, describe, expect, it } from '@jest/globals';
import { seedResponsibilityLevels } from '../../../api/domain/levels/responsibility-level.repository.js';
import { createMember, createRepresentative } from '../../helpers/factories.js';
import { botAnswer, newTelegramUser, useBotHarness } from './bot-harness.js';
import { issueLinkToken, linkThroughDeepLink } from './linking-fixtures.js';

describe('bot: the button under a push', () => {
  const harness = useBotHarness();
  const user = newTelegramUser();

  beforeAll(async () => {
    await seedResponsibilityLevels();
    const member = await createMember();
    const representative = await createRepresentative(harness.api.deps.hasher, member._id);
    await linkThroughDeepLink(harness, user, await issueLinkToken(harness.api, representative));
  });

  const callsSince = (since: number, method: string) =>
    harness.telegram.calls.slice(since).filter((call) => call.method === method && call.status === 200);

  it('when the representative taps the button under a push, then its screen comes as a new message and the push stays', async () => {
    const push = await botAnswer(harness.telegram, user, () => harness.telegram.userSends('/menu', user));
    const since = harness.telegram.calls.length;

    const dues = await botAnswer(
      harness.telegram,
      user,
      () => harness.telegram.userClicks('push:dues', { ...user, messageId: push.message_id }),
      'взнос',
    );

    expect(dues.message_id).not.toBe(push.message_id);
    expect(callsSince(since, 'sendMessage')).toHaveLength(1);
    expect(callsSince(since, 'editMessageText')).toHaveLength(0);
  });

  it('when the same screen is opened from a menu button, then the menu message is edited in place', async () => {
    const menu = await botAnswer(harness.telegram, user, () => harness.telegram.userSends('/menu', user));
    const since = harness.telegram.calls.length;

    const dues = await botAnswer(
      harness.telegram,
      user,
      () => harness.telegram.userClicks('dues', { ...user, messageId: menu.message_id }),
      'взнос',
    );

    expect(dues.message_id).toBe(menu.message_id);
    expect(callsSince(since, 'editMessageText')).toHaveLength(1);
  });
});
