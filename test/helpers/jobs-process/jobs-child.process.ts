/**
 * A jobs process as the jobs role runs it (createJobs on its own database connection and Redis), for tests and
 * benchmarks that dispatch with real processes: started by jobs-process.ts, stopped by a message or killed.
 */
import { Redis } from 'ioredis';
import { connectDatabase } from '../../../api/db/connection.js';
import { createLogger } from '../../../api/logger.js';
import { createJobs } from '../../../jobs/index.js';
import type { JobsProcessSettings } from './jobs-process.js';

const settings = JSON.parse(process.argv[2]!) as JobsProcessSettings;
const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
const db = await connectDatabase(settings.mongoUri, settings.dbName);
const redis = new Redis(settings.redisUrl, { enableAutoPipelining: true });
redis.on('error', () => {});
const jobs = createJobs({
  db: db.connection.db!,
  log,
  publicUrl: 'http://cabinet.test',
  dataDir: settings.dataDir,
  mail: { smtpUrl: settings.smtpUrl, from: 'СРО <no-reply@sro.test>' },
  telegram: settings.telegram,
  redis,
  outbox: { timings: settings.timings, idleMs: settings.idleMs },
});
await jobs.start();
process.send!('ready');
process.on('message', (command: string) => {
  if (command !== 'stop') return;
  void jobs
    .stop(5000)
    .then(() => db.close())
    .finally(() => {
      redis.disconnect();
      process.exit(0);
    });
});
