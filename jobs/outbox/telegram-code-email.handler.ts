import type { OutboxMessage } from '../../api/domain/notifications/outbox-message.model.js';
import { prepareTelegramCodeEmail } from '../../api/domain/telegram/prepare-telegram-code-email.use-case.js';
import { telegramCodeEmail } from '../emails/telegram-code.email.js';
import type { DispatchDeps } from './dispatch-deps.js';

/** Mails a linking code; one that no longer applies (expired, used, access refused) is dropped. */
export async function deliverTelegramCodeEmail(
  message: OutboxMessage,
  deps: DispatchDeps,
  now: Date,
): Promise<void> {
  const email = await prepareTelegramCodeEmail(String(message.payload.codeId), now);
  if (!email) return;
  await deps.email.send({ to: email.to, ...telegramCodeEmail(email) });
}
