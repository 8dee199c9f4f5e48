import type { Context, NextFunction } from 'grammy';

/** Buttons under a push carry the data of the screen they open behind this prefix (`push:dues`). */
export const PUSH_PREFIX = 'push:';

const clicksOnPushes = new WeakSet<Context>();

/** Whether the click came from a push: its screen goes below it as a new message, and the push stays as it was. */
export const clickedOnPush = (ctx: Context): boolean => clicksOnPushes.has(ctx);

/** Unwraps a push button's data, so that the screen's own handler answers it. */
export async function unwrapPushClicks(ctx: Context, next: NextFunction): Promise<void> {
  const query = ctx.callbackQuery;
  if (query?.data?.startsWith(PUSH_PREFIX)) {
    query.data = query.data.slice(PUSH_PREFIX.length);
    clicksOnPushes.add(ctx);
  }
  await next();
}
