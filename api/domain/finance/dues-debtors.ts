import { toKopecks } from '../shared/money.js';
import { computeDuesDebt, type DuesDebt } from './dues-debt.js';
import { listDuesAmountsOfMembers, sumDuesByMember } from './dues.repository.js';

/**
 * Every member whose dues are overdue, with the debt computeDuesDebt finds in their ledger. Payments settle the oldest
 * accruals first, so only a member charged more before now than they paid in all can be overdue: the totals single
 * them out, and only their ledgers are read. Four queries for the whole registry, however many members it holds.
 */
export async function findDuesDebtors(now: Date): Promise<Map<string, DuesDebt>> {
  const { accrued, paid } = await sumDuesByMember(now);
  const owing = [...accrued]
    .filter(([memberId, total]) => toKopecks(total) > toKopecks(paid.get(memberId) ?? 0))
    .map(([memberId]) => memberId);
  const debtors = new Map<string, DuesDebt>();
  if (owing.length === 0) return debtors;
  for (const [memberId, ledger] of await listDuesAmountsOfMembers(owing)) {
    const debt = computeDuesDebt({ ...ledger, now });
    if (debt.overdueAmount > 0) debtors.set(memberId, debt);
  }
  return debtors;
}
