import { deadlineOf } from '../cabinet/deadline.js';
import { unrenewedPolicies } from '../insurance/policy-renewal.js';
import type { MemberBrief } from '../registry/registry-members.repository.js';
import { formatLongDate } from '../shared/sro-calendar.js';
import { findInsuranceInForce } from '../telegram/reminders/reminder-subjects.repository.js';
import type { MemberAlert } from './member-alert.js';

const DAY_MS = 86_400_000;

/** Members whose policy ends within 30 days with no later one of its kind yet, the soonest end worst. */
export async function insuranceExpiryAlerts(
  members: readonly MemberBrief[],
  now: Date,
): Promise<MemberAlert[]> {
  const byId = new Map(members.map((member) => [String(member._id), member]));
  const policies = await findInsuranceInForce([...byId.keys()], new Date(now.getTime() - DAY_MS));
  const soonest = new Map<string, (typeof policies)[number]>();
  for (const policy of unrenewedPolicies(policies)) {
    const memberId = String(policy.memberId);
    const known = soonest.get(memberId);
    if (deadlineOf(policy.validTo, now).soon && (!known || policy.validTo < known.validTo)) {
      soonest.set(memberId, policy);
    }
  }
  return [...soonest].map(([memberId, policy]) => ({
    member: byId.get(memberId)!,
    detail: `полис № ${policy.policyNumber} до ${formatLongDate(policy.validTo)}`,
    severity: -policy.validTo.getTime(),
  }));
}
