import type { Types } from 'mongoose';

interface Policy {
  memberId: Types.ObjectId;
  kind: string;
  validTo: Date;
}

/** The policies that no later policy of the same kind of the same member replaces yet. */
export function unrenewedPolicies<T extends Policy>(policies: readonly T[]): T[] {
  const key = (policy: Policy) => `${String(policy.memberId)}:${policy.kind}`;
  const latest = new Map<string, number>();
  for (const policy of policies) {
    latest.set(key(policy), Math.max(latest.get(key(policy)) ?? 0, policy.validTo.getTime()));
  }
  return policies.filter((policy) => policy.validTo.getTime() >= (latest.get(key(policy)) ?? 0));
}
