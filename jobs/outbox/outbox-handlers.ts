import type { OutboxMessage } from '../../api/domain/notifications/outbox-message.model.js';
import { TELEGRAM_CODE_EMAIL } from '../../api/domain/telegram/request-telegram-email-code.use-case.js';
import { ACCOUNT_EMAIL_HANDLERS } from './account-email.handler.js';
import type { DispatchDeps } from './dispatch-deps.js';
import { deliverTelegramCodeEmail } from './telegram-code-email.handler.js';
import { TELEGRAM_PUSH_HANDLERS } from './telegram-push.handler.js';

/** Delivers one outbox message; throwing means «try again later». */
export type OutboxHandler = (message: OutboxMessage, deps: DispatchDeps, now: Date) => Promise<void>;

/** Kind → handler. Messages of other kinds are left alone for whoever handles them. */
export const OUTBOX_HANDLERS: Record<string, OutboxHandler> = {
  ...ACCOUNT_EMAIL_HANDLERS,
  [TELEGRAM_CODE_EMAIL]: deliverTelegramCodeEmail,
  ...TELEGRAM_PUSH_HANDLERS,
};

/** The kinds a worker takes: pushes only when it has a bot, so that a worker without one leaves them to another. */
export const handledKinds = (deps: DispatchDeps): string[] =>
  Object.keys(OUTBOX_HANDLERS).filter((kind) => deps.telegram || !(kind in TELEGRAM_PUSH_HANDLERS));
