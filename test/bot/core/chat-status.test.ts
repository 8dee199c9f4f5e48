import { describe, expect, it } from '@jest/globals';
import type { Types } from 'mongoose';
import { RepresentativeModel } from '../../../api/domain/representatives/representative.model.js';
import { botAnswer, newTelegramUser, useBotHarness, type TestUser } from './bot-harness.js';
import { linkThroughDeepLink, representativeWithLink } from './linking-fixtures.js';

describe('bot: a user blocking and unblocking it', () => {
  const harness = useBotHarness();

  /** Telegram's update when the user blocks (`kicked`) or restarts (`member`) the bot in their private chat. */
  const botStatusBecomes = (user: TestUser, status: 'kicked' | 'member') => {
    const from = { id: user.id, is_bot: false, first_name: 'Анна' };
    const bot = { ...harness.bot.botInfo };
    const member = (state: 'kicked' | 'member') =>
      state === 'kicked' ? { status: state, user: bot, until_date: 0 } : { status: state, user: bot };
    harness.telegram.pushUpdate({
      my_chat_member: {
        chat: { id: user.id, type: 'private', first_name: from.first_name },
        from,
        date: Math.floor(Date.now() / 1000),
        old_chat_member: member(status === 'kicked' ? 'member' : 'kicked'),
        new_chat_member: member(status),
      },
    });
  };
  /** The user's updates are handled in order, so once /help is answered the update before it is handled too. */
  const handled = (user: TestUser) =>
    botAnswer(harness.telegram, user, () => harness.telegram.userSends('/help', user), /./);
  const blockedAt = async (representativeId: Types.ObjectId) =>
    (await RepresentativeModel.findById(representativeId).lean())?.telegram?.[0]?.blockedAt;

  it('when the user blocks the bot and later restarts it, then pushes to the chat stop and then resume', async () => {
    const user = newTelegramUser();
    const { representative, token } = await representativeWithLink(harness.api);
    await linkThroughDeepLink(harness, user, token);

    botStatusBecomes(user, 'kicked');
    await handled(user);

    expect(await blockedAt(representative._id)).toBeInstanceOf(Date);

    botStatusBecomes(user, 'member');
    await handled(user);

    expect(await blockedAt(representative._id)).toBeNull();
  });
});
