import { findDuesDebtors } from '../finance/dues-debtors.js';
import type { MemberBrief } from '../registry/registry-members.repository.js';
import { formatRub } from '../shared/money.js';
import type { MemberAlert } from './member-alert.js';

/** Members with overdue dues, the largest overdue sum worst: «долг 120 000,00 ₽, 45 дн.». */
export async function duesDebtAlerts(members: readonly MemberBrief[], now: Date): Promise<MemberAlert[]> {
  const debtors = await findDuesDebtors(now);
  return members.flatMap((member) => {
    const debt = debtors.get(String(member._id));
    if (!debt) return [];
    const detail = `долг ${formatRub(debt.overdueAmount)}, ${debt.daysOverdue} дн.`;
    return [{ member, detail, severity: debt.overdueAmount }];
  });
}
