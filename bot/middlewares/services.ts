import type { MiddlewareFn } from 'grammy';
import type { Logger } from '../../api/logger.js';
import type { ApiClient } from '../api/api-client.js';
import type { BotContext } from '../context.js';

/** Puts the API client, a logger with the update id and the settings on every context. */
export function provideServices(services: {
  backend: ApiClient;
  log: Logger;
  sroPhone: string | null;
}): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.backend = services.backend;
    ctx.sroPhone = services.sroPhone;
    ctx.log = services.log.child({ updateId: ctx.update.update_id });
    await next();
  };
}
