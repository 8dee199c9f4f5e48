import type { Agenda } from 'agenda';
import type { Logger } from '../api/logger.js';
import { purgeSpentRecords } from '../api/domain/retention/purge-spent-records.use-case.js';
import { SRO_TIME_ZONE } from '../api/domain/shared/sro-calendar.js';

export const PURGE_SPENT_RECORDS_JOB = 'purge-spent-records';

/** Every night at 03:30 in Moscow, when the cabinet is quiet. */
const PURGE_AT = '30 3 * * *';

export function definePurgeSpentRecordsJob(agenda: Agenda, log: Logger): void {
  agenda.define(PURGE_SPENT_RECORDS_JOB, async () => {
    log.info({ job: PURGE_SPENT_RECORDS_JOB, purged: await purgeSpentRecords() }, 'spent records purged');
  });
}

export async function schedulePurgeSpentRecordsJob(agenda: Agenda): Promise<void> {
  await agenda.every(PURGE_AT, PURGE_SPENT_RECORDS_JOB, undefined, {
    timezone: SRO_TIME_ZONE,
    skipImmediate: true,
  });
}
