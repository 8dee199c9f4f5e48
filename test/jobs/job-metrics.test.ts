import { describe, expect, it } from '@jest/globals';
import { createMetrics } from '../../api/metrics/metrics.js';
import { metricValue } from '../api/metrics/metric-value.js';
import { useTestDatabase } from '../helpers/database.js';
import { createTestJobs } from '../helpers/test-jobs.js';

describe('metrics of the jobs role', () => {
  useTestDatabase();

  it('when Agenda runs jobs that succeed and fail, then they count by name and outcome', async () => {
    const metrics = createMetrics();
    const jobs = createTestJobs({ metrics });
    jobs.agenda.define('metrics-check-ok', async () => {});
    jobs.agenda.define('metrics-check-failing', async () => {
      throw new Error('as the test wants');
    });
    await jobs.start();
    const count = (name: string, outcome: string) =>
      metricValue(metrics, 'agenda_jobs_total', { name, outcome });
    try {
      await jobs.agenda.now('metrics-check-ok');
      await jobs.agenda.now('metrics-check-ok');
      await jobs.agenda.now('metrics-check-failing');
      const deadline = Date.now() + 20_000;
      while (
        Date.now() < deadline &&
        (await count('metrics-check-ok', 'success')) + (await count('metrics-check-failing', 'fail')) < 3
      ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await jobs.stop(1000);
    }
    expect(await count('metrics-check-ok', 'success')).toBe(2);
    expect(await count('metrics-check-failing', 'fail')).toBe(1);
    expect(await count('metrics-check-failing', 'success')).toBe(0);
  });
});
