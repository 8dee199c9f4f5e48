import {
  conversations,
  createConversation,
  type ConversationData,
  type VersionedState,
} from '@grammyjs/conversations';
import { sequentialize } from '@grammyjs/runner';
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Redis } from 'ioredis';
import type { Logger } from '../api/logger.js';
import type { Metrics } from '../api/metrics/metrics.js';
import type { ApiClient } from './api/api-client.js';
import type { BotContext } from './context.js';
import { correspondenceConversations } from './conversations/index.js';
import {
  LINK_BY_EMAIL_CONVERSATION,
  LINK_BY_EMAIL_TIMEOUT_MS,
  linkByEmail,
} from './conversations/link-by-email.conversation.js';
import { accountsFeature } from './features/accounts.feature.js';
import { appealsFeature } from './features/appeals.feature.js';
import { cardFeature } from './features/card.feature.js';
import { chatStatusFeature } from './features/chat-status.feature.js';
import { duesFeature } from './features/dues.feature.js';
import { eventsFeature } from './features/events.feature.js';
import { fallbackFeature } from './features/fallback.feature.js';
import { joinFeatures, type FeatureComposer } from './features/feature-composer.js';
import { helpFeature } from './features/help.feature.js';
import { lettersFeature } from './features/letters.feature.js';
import { linkingFeature } from './features/linking.feature.js';
import { mainMenuFeature } from './features/main-menu.feature.js';
import { obligationsFeature } from './features/obligations.feature.js';
import { recordsFeature } from './features/records.feature.js';
import { settingsFeature } from './features/settings.feature.js';
import { handleAccountRefusals } from './middlewares/account-refusals.js';
import { countUpdates } from './middlewares/count-updates.js';
import { expirePendingInput } from './middlewares/pending-input.js';
import { reportErrors } from './middlewares/report-errors.js';
import { unwrapPushClicks } from './middlewares/push-clicks.js';
import { provideServices } from './middlewares/services.js';
import { limitOutgoingCalls } from './runtime/outgoing-limits.js';
import { sessionKey, sessionMiddleware, storageFor } from './session.js';

export interface BotDeps {
  token: string;
  /** Bot API base URL: Telegram's, a self-hosted Bot API server, or a test server. */
  apiRoot: string;
  /** The HTTP API of the cabinet, the bot's only source of data. */
  api: ApiClient;
  /** Sessions and conversations live here, so they survive a restart; null keeps them in memory (development). */
  redis: Redis | null;
  log: Logger;
  /** Known bot identity, so that start-up needs no getMe call (tests, benchmarks). */
  botInfo?: UserFromGetMe;
  /** The SRO's phone shown with refusals and in help; without it the bot refers to the SRO's website. */
  sroPhone?: string | null;
  /** Namespace of this bot's keys in a shared Redis. */
  redisPrefix?: string;
  /** The bot's limit on messages a second in all, when Telegram granted more than its usual 30. */
  messagesPerSecond?: number;
  /** Counts updates handled and failed; absent, nothing is counted. */
  metrics?: Metrics | null;
}

/** One composer per feature, in the order they see updates. */
export const FEATURES: FeatureComposer[] = [
  chatStatusFeature,
  linkingFeature,
  mainMenuFeature,
  accountsFeature,
  cardFeature,
  obligationsFeature,
  duesFeature,
  lettersFeature,
  appealsFeature,
  recordsFeature,
  eventsFeature,
  settingsFeature,
  helpFeature,
];

/** Updates of one chat and of one user are handled one at a time, in order; other chats run concurrently. */
const updateConstraints = (ctx: BotContext) =>
  [ctx.chat?.id.toString(), sessionKey(ctx)].filter((key) => key !== undefined);

/** The bot's table of contents: outgoing-call plugins, middlewares, conversations, features, the catch-all. */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const prefix = deps.redisPrefix ?? 'bot:';
  const bot = new Bot<BotContext>(deps.token, { client: { apiRoot: deps.apiRoot }, botInfo: deps.botInfo });
  limitOutgoingCalls(bot.api, deps.messagesPerSecond);

  if (deps.metrics) bot.use(countUpdates(deps.metrics));
  bot.use(unwrapPushClicks);
  bot.use(provideServices({ backend: deps.api, log: deps.log, sroPhone: deps.sroPhone ?? null }));
  bot.use(sequentialize(updateConstraints));
  bot.use(sessionMiddleware(deps.redis, prefix));
  bot.use(handleAccountRefusals);
  bot.use(
    conversations({
      storage: {
        type: 'key',
        version: 1,
        prefix: `${prefix}conversation:`,
        adapter: storageFor<VersionedState<ConversationData>>(deps.redis),
      },
    }),
  );
  bot.use(
    createConversation(linkByEmail, {
      id: LINK_BY_EMAIL_CONVERSATION,
      maxMillisecondsToWait: LINK_BY_EMAIL_TIMEOUT_MS,
    }),
  );
  for (const conversation of correspondenceConversations) bot.use(conversation);
  bot.use(expirePendingInput);
  bot.use(joinFeatures([...FEATURES, fallbackFeature]));

  bot.catch(reportErrors(deps.log));
  return bot;
}
