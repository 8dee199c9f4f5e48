import type { ApiRouter } from '../api-router.js';
import type { HttpDeps } from '../http-deps.js';
import { registerTelegramAccountRoutes } from './telegram-account.router.js';
import { registerTelegramLinkingRoutes } from './telegram-linking.router.js';

/** /telegram: linking Telegram to an account (for the cabinet, staff and the bot), links and push settings. */
export function registerTelegramRoutes(api: ApiRouter, deps: HttpDeps): void {
  registerTelegramLinkingRoutes(api, deps);
  registerTelegramAccountRoutes(api);
}
