import { createHook } from 'node:async_hooks';
import { describe, expect, it } from '@jest/globals';
import { useTestDatabase } from '../helpers/database.js';
import { createTestJobs } from '../helpers/test-jobs.js';

/** A timer pending until it fires or is cleared (`_destroyed`, Node's own flag). */
type Timer = { hasRef(): boolean; _destroyed: boolean };

/** The timers Agenda's code makes, with the place that made each. */
function agendaTimers() {
  const made = new Map<number, { timer: Timer; madeAt: string }>();
  const hook = createHook({
    init(id, type, _trigger, resource) {
      if (type !== 'Timeout') return;
      const madeAt = new Error().stack ?? '';
      if (madeAt.includes('node_modules/agenda/')) made.set(id, { timer: resource as Timer, madeAt });
    },
  });
  return {
    start: () => hook.enable(),
    /** Those that would keep the process from exiting. */
    holding: () => {
      hook.disable();
      return [...made.values()]
        .filter(({ timer }) => !timer._destroyed && timer.hasRef())
        .map(({ madeAt }) => madeAt);
    },
  };
}

describe('stopping the jobs', () => {
  useTestDatabase();

  it('when the jobs stop after a job ran, then no timer of Agenda keeps the process alive', async () => {
    const jobs = createTestJobs();
    const timers = agendaTimers();
    jobs.agenda.define('stop-test-job', async () => {});
    const completed = new Promise((resolve) => jobs.agenda.once('complete:stop-test-job', resolve));
    await jobs.agenda.now('stop-test-job');
    timers.start();
    await jobs.start();
    await completed;
    await new Promise((resolve) => setImmediate(resolve));

    await jobs.stop(5_000);

    expect(timers.holding()).toEqual([]);
  }, 30_000);
});
