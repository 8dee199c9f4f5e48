import type { Agenda } from 'agenda';
import { readOutboxBacklog } from '../api/domain/notifications/outbox-backlog.repository.js';
import type { Metrics } from '../api/metrics/metrics.js';
import type { EmailChannel } from './channels/email.channel.js';
import type { TelegramChannel } from './channels/telegram.channel.js';

type FinishedJob = { attrs: { name: string } };

/** Counts this worker's job runs by name and outcome, and reads the outbox's backlog at each scrape. */
export function observeJobs(agenda: Agenda, metrics: Metrics): void {
  // the third argument is set for runs reported by other workers over a notification channel
  agenda.on('success', (job: FinishedJob, remote?: boolean) => {
    if (!remote) metrics.jobs.inc({ name: job.attrs.name, outcome: 'success' });
  });
  agenda.on('fail', (_error: Error, job: FinishedJob, remote?: boolean) => {
    if (!remote) metrics.jobs.inc({ name: job.attrs.name, outcome: 'fail' });
  });
  metrics.observeOutbox(readOutboxBacklog);
}

/** The e-mail channel, each message counted as sent or as an error (the outbox tries it again). */
export function countEmailDeliveries(channel: EmailChannel, metrics: Metrics): EmailChannel {
  return {
    ...channel,
    send: async (message) => {
      try {
        await channel.send(message);
      } catch (error) {
        metrics.deliveries.inc({ channel: 'email', outcome: 'error' });
        throw error;
      }
      metrics.deliveries.inc({ channel: 'email', outcome: 'sent' });
    },
  };
}

/** The Telegram channel, each push counted by its outcome: sent, blocked, rejected, or an error tried again later. */
export function countTelegramDeliveries(channel: TelegramChannel, metrics: Metrics): TelegramChannel {
  return {
    ...channel,
    send: async (...args) => {
      try {
        const outcome = await channel.send(...args);
        metrics.deliveries.inc({ channel: 'telegram', outcome: outcome.status });
        return outcome;
      } catch (error) {
        metrics.deliveries.inc({ channel: 'telegram', outcome: 'error' });
        throw error;
      }
    },
  };
}
