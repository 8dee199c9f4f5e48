import { GrammyError, type Context, type InlineKeyboard } from 'grammy';
import { clickedOnPush } from './middlewares/push-clicks.js';

/** What one screen of the bot shows: HTML text and its buttons. */
export interface Screen {
  text: string;
  keyboard?: InlineKeyboard;
}

const isBadRequest = (error: unknown, pattern: RegExp) =>
  error instanceof GrammyError && error.error_code === 400 && pattern.test(error.description);

/** Stops the button's spinner; an expired query (the click was long ago) is no reason to fail the update. */
export async function answerClick(ctx: Context, text?: string): Promise<void> {
  if (!ctx.callbackQuery) return;
  await ctx.answerCallbackQuery(text ? { text } : undefined).catch((error: unknown) => {
    if (!isBadRequest(error, /query is too old|query ID is invalid/)) throw error;
  });
}

/**
 * A click edits the message it came from (the menu stays one message); anything else, and a click under a push,
 * sends a new message.
 * `notice` is shown briefly over the chat, as the answer to the click.
 */
export async function showScreen(ctx: Context, screen: Screen, notice?: string): Promise<void> {
  const options = {
    parse_mode: 'HTML' as const,
    reply_markup: screen.keyboard,
    link_preview_options: { is_disabled: true },
  };
  await answerClick(ctx, notice);
  if (ctx.callbackQuery?.message && !clickedOnPush(ctx)) {
    try {
      await ctx.editMessageText(screen.text, options);
      return;
    } catch (error) {
      if (isBadRequest(error, /message is not modified/)) return;
      if (!isBadRequest(error, /message can't be edited|message to edit not found|no text in the message/)) {
        throw error;
      }
    }
  }
  await ctx.reply(screen.text, options);
}
