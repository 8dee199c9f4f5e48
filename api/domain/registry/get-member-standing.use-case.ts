import { recordAudit, type AuditContext } from '../audit/record-audit.use-case.js';
import { getDues, type Dues } from '../cabinet/get-dues.use-case.js';
import { getObligations, type Obligations } from '../cabinet/get-obligations.use-case.js';
import { getResponsibilityLevels, type FundStanding } from '../cabinet/get-responsibility-levels.use-case.js';

export interface MemberStanding {
  funds: FundStanding[];
  obligations: Obligations;
  dues: Dues;
}

/**
 * The figures the member sees in the cabinet — levels with the contributions paid, ОДО obligations against the cap,
 * dues and their debt — computed by the same rules, for staff; the look is logged.
 */
export async function getMemberStanding(memberId: string, context: AuditContext): Promise<MemberStanding> {
  const [levels, obligations, dues] = await Promise.all([
    getResponsibilityLevels(memberId),
    getObligations(memberId),
    getDues(memberId, 0),
  ]);
  await recordAudit(context, {
    action: 'member.standing_read',
    target: { kind: 'member', id: memberId, memberId },
  });
  return { funds: levels.funds, obligations, dues };
}
