import { Types } from 'mongoose';
import {
  ContractModel,
  type ContractStatus,
  type ProcurementKind,
} from '../../domain/contracts/contract.model.js';
import { generateInn } from '../../domain/members/tax-ids.js';
import { addDays, latest, moscowDate } from './dates.js';
import { defaultLevel } from './default-level.js';
import type { Random } from './random.js';
import { CUSTOMERS, type Customer } from './russian-companies.js';
import type { DemoMember } from './seed-members.js';

type DemoCustomer = Customer & { inn: string };

export interface DemoContract {
  _id: Types.ObjectId;
  memberId: Types.ObjectId;
  number: string;
  date: Date;
  customer: { name: string; inn: string };
  subject: string;
  procurement: ProcurementKind;
  price: number;
  status: ContractStatus;
  completedAt: Date | null;
  actualCompletedAmount: number | null;
}

/** The share of the cap the member's contracts in force add up to. */
function targetUsage(member: DemoMember, random: Random): number {
  if (member.spec.odoUsage === 'near_cap') return random.real(0.81, 0.98);
  if (member.spec.odoUsage === 'over_cap') return random.real(1.03, 1.15);
  return random.real(0.1, 0.7);
}

/** Splits an amount in kopecks into `count` uneven parts (none above 3/4 of it) that add up exactly. */
function split(totalKopecks: number, count: number, random: Random): number[] {
  const weights = Array.from({ length: count }, () => random.real(0.5, 1.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((weight) => Math.floor((totalKopecks * weight) / sum));
  parts[0]! += totalKopecks - parts.reduce((a, b) => a + b, 0);
  return parts;
}

/** The customers are Moscow ones, and so are their INNs. */
function moscowInn(random: Random): string {
  for (;;) {
    const inn = generateInn('legal', random.next);
    if (inn.startsWith('77')) return inn;
  }
}

function contractNumber(procurement: ProcurementKind, date: Date, random: Random): string {
  const yy = String(moscowDate(date).year).slice(2);
  if (procurement === '44-FZ') return `0373200${random.digits(5)}${yy}000${random.digits(3)}`;
  if (procurement === '223-FZ') return `${random.int(100, 4999)}/${yy}-СМР`;
  if (procurement === '615-PP') return `КР-${random.digits(6)}-${yy}`;
  return `${random.int(1, 300)}/${yy}`;
}

function contract(
  member: DemoMember,
  customers: readonly DemoCustomer[],
  kopecks: number,
  date: Date,
  random: Random,
): DemoContract {
  const { procurement, subjects, ...customer } = random.pick(customers);
  return {
    _id: new Types.ObjectId(),
    memberId: member._id,
    number: contractNumber(procurement, date, random),
    date,
    customer,
    subject: random.pick(subjects)(random),
    procurement,
    price: kopecks / 100,
    status: 'in_force',
    completedAt: null,
    actualCompletedAmount: null,
  };
}

function memberContracts(
  member: DemoMember,
  customers: readonly DemoCustomer[],
  now: Date,
  random: Random,
): DemoContract[] {
  const cap =
    member.levels.odo === null ? null : (defaultLevel('odo', member.levels.odo).maxTotalObligations ?? null);
  if (cap === null) return [];
  const capKopecks = cap * 100;
  const inForceCount = member.spec.odoUsage === 'normal' ? random.int(2, 4) : random.int(3, 5);
  const recent = latest(member.admissionDate, addDays(now, -540));
  const inForce = split(Math.round(capKopecks * targetUsage(member, random)), inForceCount, random).map(
    (kopecks) => contract(member, customers, kopecks, random.date(recent, addDays(now, -7)), random),
  );
  const older = latest(member.admissionDate, addDays(now, -4 * 365));
  const finished = Array.from({ length: random.int(1, 4) }, () => {
    const kopecks = Math.round(capKopecks * random.real(0.05, 0.35));
    const done = contract(member, customers, kopecks, random.date(older, addDays(now, -200)), random);
    const terminated = random.chance(0.1);
    return {
      ...done,
      status: terminated ? ('terminated' as const) : ('completed' as const),
      completedAt: terminated ? null : addDays(done.date, random.int(90, 190)),
      actualCompletedAmount:
        Math.round(done.price * (terminated ? random.real(0.3, 0.7) : random.real(0.97, 1)) * 100) / 100,
    };
  });
  return [...inForce, ...finished];
}

/** The ОДО journal: contracts in force add up to the usage the member's spec asks for; older ones are finished. */
export async function seedContracts(
  members: readonly DemoMember[],
  now: Date,
  random: Random,
): Promise<DemoContract[]> {
  const customers = CUSTOMERS.map((customer) => ({ ...customer, inn: moscowInn(random) }));
  const contracts = members.flatMap((member) => memberContracts(member, customers, now, random));
  await ContractModel.insertMany(
    contracts.map((row) => ({ ...row, createdAt: row.date, updatedAt: row.completedAt ?? row.date })),
  );
  return contracts;
}
