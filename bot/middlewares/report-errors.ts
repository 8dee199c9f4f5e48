import type { ErrorHandler } from 'grammy';
import type { Logger } from '../../api/logger.js';
import { ApiError } from '../api/api-client.js';
import type { BotContext } from '../context.js';
import { menuButtonOnly } from '../keyboards/navigation.js';
import { answerClick } from '../screen.js';
import { commonTexts } from '../texts/common.js';

/**
 * The last resort for an update: logs it by update id (never the user's data) and answers briefly, so the user is
 * not left waiting, with the way back to the menu; the bot goes on with the next update. An API problem's Russian
 * detail is shown as it is.
 */
export function reportErrors(log: Logger): ErrorHandler<BotContext> {
  return async ({ error, ctx }) => {
    const updateId = ctx.update.update_id;
    if (error instanceof ApiError)
      log.warn({ updateId, status: error.status, type: error.type }, 'API refused a bot call');
    else log.error({ err: error, updateId }, 'bot update failed');
    const text = error instanceof ApiError ? error.detail : commonTexts.failure;
    await answerClick(ctx).catch(() => undefined);
    if (ctx.chat) await ctx.reply(text, { reply_markup: menuButtonOnly() }).catch(() => undefined);
  };
}
