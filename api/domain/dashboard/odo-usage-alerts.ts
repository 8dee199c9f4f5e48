import { levelRow, obligationsAgainstLevel } from '../cabinet/level-table.js';
import { listContractsInForceByMember } from '../contracts/contracts.repository.js';
import { isAboveOdoWarning } from '../contracts/odo-obligations.js';
import { listResponsibilityLevels } from '../levels/responsibility-level.repository.js';
import type { MemberBrief } from '../registry/registry-members.repository.js';
import type { MemberAlert } from './member-alert.js';

/** Members whose contracts in force near or pass their КФ ОДО cap, the largest share worst. */
export async function odoUsageAlerts(members: readonly MemberBrief[]): Promise<MemberAlert[]> {
  const [table, contracts] = await Promise.all([listResponsibilityLevels(), listContractsInForceByMember()]);
  return members.flatMap((member) => {
    const inForce = contracts.get(String(member._id));
    if (!inForce) return [];
    const { state, usagePercent } = obligationsAgainstLevel(
      inForce,
      levelRow(table, 'odo', member.levels?.odo),
    );
    if (!isAboveOdoWarning(state) || usagePercent === null) return [];
    const detail = `использовано ${usagePercent.toLocaleString('ru-RU')} % предела`;
    return [{ member, detail, severity: usagePercent }];
  });
}
