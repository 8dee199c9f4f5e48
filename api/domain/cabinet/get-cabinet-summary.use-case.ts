import { readCache, writeCache } from '../../db/read-cache.js';
import { listContractsInForce } from '../contracts/contracts.repository.js';
import type { OdoObligations } from '../contracts/odo-obligations.js';
import { findNextEventForMember } from '../events/events.repository.js';
import type { SroEvent } from '../events/event.model.js';
import { listDuesAmounts } from '../finance/dues.repository.js';
import { computeDuesDebt, type DuesDebt } from '../finance/dues-debt.js';
import { listInsuranceExpiries } from '../insurance/insurance-contracts.repository.js';
import { countUnreadLetters } from '../letters/letters.repository.js';
import { listResponsibilityLevels } from '../levels/responsibility-level.repository.js';
import { findMemberStanding, type MemberStanding } from '../members/member-card.repository.js';
import { listOutstandingReportDeadlines } from '../reports/reports.repository.js';
import { calendarDayNumber } from '../shared/sro-calendar.js';
import { deadlineOf, SOON_DAYS } from './deadline.js';
import { found, MEMBER_NOT_FOUND } from './found.js';
import { levelRow, obligationsAgainstLevel } from './level-table.js';
import { countOpenAppeals } from './open-appeals.repository.js';

export interface CabinetSummary {
  member: MemberStanding;
  unreadLetters: number;
  dues: DuesDebt;
  obligations: OdoObligations;
  nextEvent: SroEvent | null;
  openAppeals: number;
  insuranceExpiringSoon: number;
  reportsDueSoon: number;
  reportsOverdue: number;
}

const DAY_MS = 86_400_000;

/**
 * The cabinet's main screen in one round of independent queries run together, each reading through an index only
 * the fields it needs.
 */
async function computeCabinetSummary(memberId: string, now: Date): Promise<CabinetSummary> {
  // two days of margin around the window: SRO calendar days decide below what counts as soon
  const windowStart = new Date(now.getTime() - 2 * DAY_MS);
  const windowEnd = new Date(now.getTime() + (SOON_DAYS + 2) * DAY_MS);
  const [
    member,
    levelTable,
    contracts,
    dues,
    unreadLetters,
    nextEvent,
    openAppeals,
    expiries,
    reportDueDates,
  ] = await Promise.all([
    findMemberStanding(memberId),
    listResponsibilityLevels(),
    listContractsInForce(memberId),
    listDuesAmounts(memberId),
    countUnreadLetters(memberId),
    findNextEventForMember(memberId, now),
    countOpenAppeals(memberId),
    listInsuranceExpiries(memberId, windowStart, windowEnd),
    listOutstandingReportDeadlines(memberId, windowEnd),
  ]);
  const standing = found(member, MEMBER_NOT_FOUND);
  const reportDeadlines = reportDueDates.map(({ dueAt }) => deadlineOf(dueAt, now));
  return {
    member: standing,
    unreadLetters,
    dues: computeDuesDebt({ ...dues, now }),
    obligations: obligationsAgainstLevel(contracts, levelRow(levelTable, 'odo', standing.levels?.odo)),
    nextEvent,
    openAppeals,
    insuranceExpiringSoon: expiries.filter(({ validTo }) => deadlineOf(validTo, now).soon).length,
    reportsDueSoon: reportDeadlines.filter((deadline) => deadline.soon).length,
    reportsOverdue: reportDeadlines.filter((deadline) => deadline.passed).length,
  };
}

/**
 * The summary, read through the cache while no write touched the member's data and the SRO calendar day is the same;
 * an entry lasts no longer than the next event it shows.
 */
export async function getCabinetSummary(memberId: string, now = new Date()): Promise<CabinetSummary> {
  const key = `cabinet-summary:${memberId}:${calendarDayNumber(now)}`;
  const cached = await readCache<CabinetSummary>(key, { memberId });
  if (cached.value) return cached.value;
  const summary = await computeCabinetSummary(memberId, now);
  const nextEventEnds = summary.nextEvent?.endsAt.getTime() ?? Number.POSITIVE_INFINITY;
  await writeCache(key, summary, cached.stamp, nextEventEnds - now.getTime());
  return summary;
}
