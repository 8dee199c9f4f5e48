import { ApiError } from '../api/api-client.js';
import type { BotContext } from '../context.js';
import { menuButtonOnly } from '../keyboards/navigation.js';
import { answerClick } from '../screen.js';

/**
 * Shows an object by its id from a button; one that is not there (removed, another member's, or an id the API
 * refuses) is answered with `notFound` instead of an apology for a failure.
 */
export async function showOrSayMissing(ctx: BotContext, show: () => Promise<void>, notFound: string) {
  try {
    await show();
  } catch (error) {
    const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
    if (!missing) throw error;
    await answerClick(ctx);
    await ctx.reply(notFound, { reply_markup: menuButtonOnly() });
  }
}
