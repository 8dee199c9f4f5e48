import { linkingApi } from '../api/telegram-api.js';
import { FeatureComposer } from './feature-composer.js';

/** Statuses of the bot in a private chat that say whether the user can be written to. */
const CHAT_STATUS = { kicked: 'blocked', member: 'active' } as const;

/**
 * A user blocking the bot, or unblocking (restarting) it: pushes to their chat stop, or resume, for every account they
 * linked. Nothing is sent back: a blocked chat takes no messages, and an unblocked one gets /start from the app.
 */
export const chatStatusFeature = new FeatureComposer();

chatStatusFeature.on('my_chat_member', async (ctx) => {
  const { chat, from, new_chat_member: member } = ctx.myChatMember;
  const status = CHAT_STATUS[member.status as keyof typeof CHAT_STATUS];
  if (chat.type !== 'private' || !status) return;
  try {
    await linkingApi.reportChatStatus(ctx.backend, { telegramUserId: from.id, chatId: chat.id }, status);
  } catch (error) {
    ctx.log.error({ err: error, status }, 'the chat status was not recorded; pushes follow the previous one');
  }
});
