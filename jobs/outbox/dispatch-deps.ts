import type { Logger } from '../../api/logger.js';
import type { EmailChannel } from '../channels/email.channel.js';
import type { TelegramChannel } from '../channels/telegram.channel.js';

/** What delivering outbox messages needs. */
export interface DispatchDeps {
  email: EmailChannel;
  /** External base URL of the cabinet, for links in e-mails. */
  publicUrl: string;
  log: Logger;
  /** Pushes; absent or null when no bot is configured. */
  telegram?: TelegramChannel | null;
}
