import { tmpdir } from 'node:os';
import mongoose from 'mongoose';
import { createJobs, type Jobs, type JobsDeps } from '../../jobs/index.js';
import { silentLogger } from './silent-logger.js';

/** The jobs on the test database, silent, writing e-mails into files unless `overrides` give SMTP or Telegram. */
export function createTestJobs(overrides: Partial<JobsDeps> = {}): Jobs {
  return createJobs({
    db: mongoose.connection.db!,
    log: silentLogger,
    publicUrl: 'http://cabinet.test',
    dataDir: tmpdir(),
    mail: { from: 'СРО <no-reply@sro.test>' },
    ...overrides,
  });
}
