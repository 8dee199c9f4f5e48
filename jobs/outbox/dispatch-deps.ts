import type { Logger } from '../../api/logger.js';
import type { OutboxTimings } from '../../api/domain/notifications/outbox-delivery.repository.js';
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
  /** This jobs process, as recorded on the pushes it claims. */
  worker?: string;
  /** The outbox's lease and first retry pause (the defaults in production). */
  timings?: OutboxTimings;
  /** True once the process is shutting down: nothing new is started. */
  stopping?: () => boolean;
}
