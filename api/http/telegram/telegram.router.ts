import type { ApiRouter } from '../api-router.js';
import type { HttpDeps } from '../http-deps.js';
import { registerTelegramAccountRoutes } from './telegram-account.router.js';
import { registerTelegramChatStatusRoutes } from './telegram-chat-status.router.js';
import { registerTelegramLinkingRoutes } from './telegram-linking.router.js';

/** /telegram: linking Telegram to an account (for the cabinet, staff and the bot), links, push settings, chat status. */
export function registerTelegramRoutes(api: ApiRouter, deps: HttpDeps): void {
  registerTelegramLinkingRoutes(api, deps);
  registerTelegramAccountRoutes(api);
  registerTelegramChatStatusRoutes(api);
}
