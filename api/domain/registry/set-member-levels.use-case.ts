import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { FUNDS, type Fund } from '../levels/fund.js';
import { findResponsibilityLevel } from '../levels/responsibility-level.repository.js';
import type { Member } from '../members/member.model.js';
import { memberNotFound, refuseInvalidFields, type FieldProblem } from './registry-guards.js';
import { applyMemberChanges } from './registry-members.repository.js';

/** The member's level in each compensation fund; null when it has none there. */
export type MemberLevels = Record<Fund, number | null>;

const FUND_NAMES: Record<Fund, string> = { vv: 'КФ ВВ', odo: 'КФ ОДО' };

async function missingLevels(levels: MemberLevels): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const fund of FUNDS) {
    const level = levels[fund];
    if (level !== null && !(await findResponsibilityLevel(fund, level))) {
      problems.push({
        path: fund,
        message: `В таблице уровней ответственности нет уровня ${level} ${FUND_NAMES[fund]}`,
      });
    }
  }
  return problems;
}

/** Sets the member's responsibility levels; each must be a row of the level table. */
export async function setMemberLevels(
  id: string,
  levels: MemberLevels,
  context: AuditContext,
): Promise<Member> {
  refuseInvalidFields(await missingLevels(levels));
  const result = await applyMemberChanges(id, { levels });
  if (!result) throw memberNotFound();
  await recordAudit(context, {
    action: 'member.levels_changed',
    target: { kind: 'member', id, memberId: id },
    changes: { fields: result.fields, ...levels },
  });
  return result.member;
}
