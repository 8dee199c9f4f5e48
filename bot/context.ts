import type { Conversation, ConversationFlavor } from '@grammyjs/conversations';
import type { Context, SessionFlavor } from 'grammy';
import type { Logger } from '../api/logger.js';
import type { ApiClient } from './api/api-client.js';
import type { SessionData } from './session.js';

/** What every update carries besides grammY's own context: the API client, a logger and the settings. */
export interface BotServices {
  /** The HTTP API, the bot's only source of data. */
  backend: ApiClient;
  /** A child logger carrying the update id; never log personal data. */
  log: Logger;
  /** The SRO's phone number for refusals and help; null when not configured. */
  sroPhone: string | null;
}

export type BotContext = ConversationFlavor<Context & SessionFlavor<SessionData> & BotServices>;

/** Conversations see a plain context; `conversation.external((ctx) => …)` reaches the outside `BotContext`. */
export type BotConversation = Conversation<BotContext, Context>;
