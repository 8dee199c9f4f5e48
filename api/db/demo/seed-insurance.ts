import { Types } from 'mongoose';
import {
  InsuranceContractModel,
  type InsuranceKind,
} from '../../domain/insurance/insurance-contract.model.js';
import { addDays, moscowDate } from './dates.js';
import type { Random } from './random.js';
import { INSURERS } from './russian-companies.js';
import type { DemoMember } from './seed-members.js';

export interface DemoInsurance {
  _id: Types.ObjectId;
  memberId: Types.ObjectId;
  insurer: string;
  policyNumber: string;
  kind: InsuranceKind;
  sumInsured: number;
  validFrom: Date;
  validTo: Date;
}

const MILLION = 1_000_000;
const CIVIL_LIABILITY_SUMS = [5, 10, 20, 50, 100, 200].map((millions) => millions * MILLION);

/** When the member's current policy ends: mostly months ahead, for some within 30 days, for a few already past. */
function currentPolicyEnd(index: number, now: Date, random: Random): Date {
  if (index % 11 === 4) return addDays(now, -random.int(5, 60));
  if (index % 7 === 1) return addDays(now, random.int(3, 28));
  return addDays(now, random.int(35, 330));
}

function policy(
  member: DemoMember,
  kind: InsuranceKind,
  validTo: Date,
  sumInsured: number,
  random: Random,
): DemoInsurance {
  const validFrom = addDays(validTo, -364);
  return {
    _id: new Types.ObjectId(),
    memberId: member._id,
    insurer: random.pick(INSURERS),
    policyNumber: `${random.digits(3)}-${random.digits(3)}-${random.digits(6)}/${String(moscowDate(validFrom).year).slice(2)}`,
    kind,
    sumInsured,
    validFrom,
    validTo,
  };
}

/** A one-year civil liability policy per member, the previous year's one, and for some a contract risk policy. */
export async function seedInsurance(
  members: readonly DemoMember[],
  now: Date,
  random: Random,
): Promise<DemoInsurance[]> {
  const policies = members.flatMap((member, index) => {
    const validTo = currentPolicyEnd(index, now, random);
    const sum = CIVIL_LIABILITY_SUMS[member.levels.vv]!;
    const current = policy(member, 'civil_liability', validTo, sum, random);
    const previous = addDays(current.validFrom, -1);
    const history =
      addDays(previous, -364) > member.admissionDate
        ? [policy(member, 'civil_liability', previous, sum, random)]
        : [];
    const contractRisk =
      member.levels.odo !== null && random.chance(0.4)
        ? [
            policy(
              member,
              'contract_risk',
              addDays(now, random.int(60, 300)),
              random.pick([10, 30, 50]) * MILLION,
              random,
            ),
          ]
        : [];
    return [current, ...history, ...contractRisk];
  });
  await InsuranceContractModel.insertMany(
    policies.map((row) => ({ ...row, createdAt: row.validFrom, updatedAt: row.validFrom })),
  );
  return policies;
}
