import { MongoBackend } from '@agendajs/mongo-backend';
import { Agenda } from 'agenda';
import type { Db } from 'mongodb';
import type { Logger } from '../api/logger.js';

export interface JobsDeps {
  db: Db;
  log: Logger;
}

export interface Jobs {
  agenda: Agenda;
  start(): Promise<void>;
  /** Lets running jobs finish for up to `timeoutMs`, then unlocks the rest for another worker. */
  stop(timeoutMs: number): Promise<void>;
}

export function createJobs(deps: JobsDeps): Jobs {
  const agenda = new Agenda({
    backend: new MongoBackend({ mongo: deps.db, collection: 'agendaJobs' }),
    processEvery: '5 seconds',
    maxConcurrency: 20,
  });
  agenda.on('fail', (error: Error, job: { attrs: { name: string; _id?: unknown } }) => {
    deps.log.error({ err: error, job: job.attrs.name, jobId: String(job.attrs._id) }, 'job failed');
  });
  return {
    agenda,
    start: async () => {
      await agenda.start();
      deps.log.info('jobs: Agenda is processing');
    },
    stop: async (timeoutMs) => {
      await agenda.drain({ timeout: timeoutMs, closeConnection: false });
      await agenda.stop(false);
    },
  };
}
