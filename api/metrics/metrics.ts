import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface OutboxBacklog {
  /** Messages not delivered yet: pending, being delivered, or waiting for a retry. */
  undelivered: number;
  /** When the oldest of them was written; null when there is none. */
  oldestCreatedAt: Date | null;
}

/** A backlog read is shared by the scrape's gauges and reused for this long. */
const BACKLOG_REUSE_MS = 1000;

/** What a process counts; one registry per process, whatever roles it runs, served on the metrics port. */
export interface Metrics {
  readonly registry: Registry;
  /** `route` is the route's pattern (`/api/v1/cabinet/letters/:id`), never the address asked. */
  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status_code'>;
  /** `outcome`: `handled`, or `failed` when an error reached the bot's error handler. */
  readonly botUpdates: Counter<'type' | 'outcome'>;
  /** `channel`: `email` or `telegram`; `outcome`: `sent`, `blocked`, `rejected` or `error` (tried again later). */
  readonly deliveries: Counter<'channel' | 'outcome'>;
  /** `outcome`: `success` or `fail`. */
  readonly jobs: Counter<'name' | 'outcome'>;
  /** `kind`: the cached read (`session`, `cabinet-summary`, `calendar-feed`); `outcome`: `hit`, `miss` or `error`. */
  readonly readCache: Counter<'kind' | 'outcome'>;
  /** Adds the outbox's depth and the age of its oldest undelivered message, read from `read` at each scrape. */
  observeOutbox(read: () => Promise<OutboxBacklog>): void;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP requests by method, route pattern and status, with their duration',
      labelNames: ['method', 'route', 'status_code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    botUpdates: new Counter({
      name: 'bot_updates_total',
      help: 'Telegram updates the bot took, by update type and outcome',
      labelNames: ['type', 'outcome'],
      registers,
    }),
    deliveries: new Counter({
      name: 'outbox_deliveries_total',
      help: 'Delivery attempts of e-mails and pushes, by channel and outcome',
      labelNames: ['channel', 'outcome'],
      registers,
    }),
    jobs: new Counter({
      name: 'agenda_jobs_total',
      help: 'Agenda job runs finished in this process, by job name and outcome',
      labelNames: ['name', 'outcome'],
      registers,
    }),
    readCache: new Counter({
      name: 'read_cache_lookups_total',
      help: 'Read cache lookups, by cached read and outcome',
      labelNames: ['kind', 'outcome'],
      registers,
    }),
    observeOutbox(read) {
      let last: { at: number; backlog: Promise<OutboxBacklog | null> } | null = null;
      // an unreachable database makes the gauges NaN instead of failing the whole scrape
      const backlog = () => {
        if (!last || Date.now() - last.at > BACKLOG_REUSE_MS) {
          last = { at: Date.now(), backlog: read().catch(() => null) };
        }
        return last.backlog;
      };
      new Gauge({
        name: 'outbox_undelivered_messages',
        help: 'Outbox messages not delivered yet (pending, in delivery or waiting for a retry)',
        registers,
        async collect() {
          this.set((await backlog())?.undelivered ?? NaN);
        },
      });
      new Gauge({
        name: 'outbox_oldest_undelivered_age_seconds',
        help: 'Age of the oldest outbox message not delivered yet; 0 when there is none',
        registers,
        async collect() {
          const oldest = await backlog().then((read) => (read ? read.oldestCreatedAt : undefined));
          if (oldest === undefined) this.set(NaN);
          else this.set(oldest ? Math.max(0, (Date.now() - oldest.getTime()) / 1000) : 0);
        },
      });
    },
  };
}
