import type { MiddlewareFn } from 'grammy';
import type { Metrics } from '../../api/metrics/metrics.js';
import type { BotContext } from '../context.js';

/** Counts every update by its type (`message`, `callback_query`…), as handled or as failed when an error escaped. */
export function countUpdates(metrics: Metrics): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const type = Object.keys(ctx.update).find((key) => key !== 'update_id') ?? 'unknown';
    try {
      await next();
    } catch (error) {
      metrics.botUpdates.inc({ type, outcome: 'failed' });
      throw error;
    }
    metrics.botUpdates.inc({ type, outcome: 'handled' });
  };
}
