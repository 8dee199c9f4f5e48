import type { MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.js';

const isPlainText = (ctx: BotContext) =>
  ctx.message?.text !== undefined && ctx.message.entities?.[0]?.type !== 'bot_command';

/** A screen's question («the price?») is answered by the next plain text only; any other action drops it. */
export const expirePendingInput: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (ctx.from && ctx.session.pendingInput && !isPlainText(ctx)) ctx.session.pendingInput = null;
  await next();
};
