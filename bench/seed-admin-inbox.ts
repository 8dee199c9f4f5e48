import { Types } from 'mongoose';
import { createRandom, type Random } from '../api/db/demo/random.js';
import { COMPANY_NAMES, companyNames } from '../api/db/demo/russian-companies.js';
import { randomPerson } from '../api/db/demo/russian-names.js';
import type { PasswordHasher } from '../api/domain/accounts/password-hasher.js';
import type { AppealCategory } from '../api/domain/appeals/appeal-category.js';
import { appealDueAt } from '../api/domain/appeals/appeal-deadline.js';
import { AppealModel, type AppealStatus } from '../api/domain/appeals/appeal.model.js';
import { MemberModel } from '../api/domain/members/member.model.js';
import { generateInn, generateOgrn } from '../api/domain/members/tax-ids.js';
import { RepresentativeModel } from '../api/domain/representatives/representative.model.js';
import { StaffUserModel } from '../api/domain/staff/staff-user.model.js';

export const BENCH_STAFF_PASSWORD = 'Bench-Staff-Password-2026';
const DAY_MS = 86_400_000;
const BATCH = 1000;

/** How often each category is filed, roughly as an SRO's mail runs: extracts and accounting papers most. */
const CATEGORY_WEIGHTS: Record<AppealCategory, number> = {
  registry_extract: 25,
  accounting_documents: 15,
  odo_contracts: 15,
  other: 12,
  insurance: 10,
  inspection: 10,
  level_change: 8,
  work_right_change: 5,
};

/** Most appeals of two years are closed; about three in ten are open, most of those in work. */
const STATUS_WEIGHTS: Record<AppealStatus, number> = {
  answered: 62,
  rejected: 8,
  in_progress: 18,
  registered: 6,
  submitted: 6,
};

function detailsOf(category: AppealCategory, filedAt: Date, random: Random): Record<string, unknown> {
  switch (category) {
    case 'registry_extract':
      return { copies: random.int(1, 3), delivery: random.chance(0.8) ? 'electronic' : 'paper_pickup' };
    case 'accounting_documents':
      return {
        documents: random.chance(0.5) ? ['reconciliation_act'] : ['invoice', 'act'],
        periodFrom: new Date(filedAt.getTime() - 365 * DAY_MS),
        periodTo: filedAt,
      };
    case 'odo_contracts':
      return { contractNumber: `${random.int(1, 300)}/${filedAt.getFullYear()}-СМР` };
    case 'insurance':
      return { policyNumber: `ГО-${random.digits(9)}` };
    case 'level_change':
      return { fund: random.chance(0.5) ? 'vv' : 'odo', requestedLevel: random.int(1, 4) };
    case 'work_right_change':
      return { objectKinds: random.chance(0.8) ? ['ordinary'] : ['ordinary', 'dangerous'] };
    case 'other':
      return { registryChange: false };
    case 'inspection':
      return {};
  }
}

/** Open appeals were filed in the last 40 days (some past their deadline), closed ones over two years. */
function history(status: AppealStatus, filedAt: Date, expertId: Types.ObjectId | null) {
  const at = (days: number) => new Date(filedAt.getTime() + days * DAY_MS);
  const steps: {
    status: AppealStatus;
    at: Date;
    byStaffId: Types.ObjectId | null;
    comment: string | null;
  }[] = [{ status: 'submitted', at: filedAt, byStaffId: null, comment: null }];
  if (status === 'submitted') return steps;
  steps.push({ status: 'registered', at: at(0.2), byStaffId: expertId, comment: null });
  if (status === 'registered') return steps;
  if (status === 'rejected') {
    steps.push({
      status,
      at: at(2),
      byStaffId: expertId,
      comment: 'Обращение не относится к компетенции СРО',
    });
    return steps;
  }
  steps.push({ status: 'in_progress', at: at(1), byStaffId: expertId, comment: 'Назначен эксперт' });
  if (status === 'answered') {
    steps.push({
      status,
      at: at(4),
      byStaffId: expertId,
      comment: 'Ответ направлен письмом в личный кабинет',
    });
  }
  return steps;
}

async function insertInBatches(model: { insertMany(docs: unknown[]): Promise<unknown> }, docs: unknown[]) {
  for (let i = 0; i < docs.length; i += BATCH) await model.insertMany(docs.slice(i, i + BATCH));
}

export interface AdminInboxData {
  staffEmail: string;
  counts: { members: number; appeals: number; open: number; experts: number };
}

/**
 * An SRO a few years on: `members` members (one in five an ИП) with a representative each, eight experts and an
 * administrator, and `appeals` appeals of the last two years across every category and status, the open ones
 * assigned to experts (or waiting for one) with their answer deadlines.
 */
export async function seedAdminInbox(
  hasher: PasswordHasher,
  { members: memberCount, appeals: appealCount }: { members: number; appeals: number },
  now = new Date(),
): Promise<AdminInboxData> {
  const random = createRandom(2026_12);
  const passwordHash = await hasher.hash(BENCH_STAFF_PASSWORD);
  const staff = Array.from({ length: 9 }, (_, i) => {
    const person = randomPerson(random);
    return {
      _id: new Types.ObjectId(),
      email: i === 0 ? 'admin@sro.bench' : `expert${i}@sro.bench`,
      fullName: person.fullName,
      role: i === 0 ? 'admin' : 'expert',
      passwordHash,
    };
  });
  await StaffUserModel.insertMany(staff);
  const experts = staff.slice(1);

  const takenInns = new Set<string>();
  const members = Array.from({ length: memberCount }, (_, i) => {
    const kind = random.chance(0.2) ? 'individual' : 'legal';
    let inn = generateInn(kind, random.next);
    while (takenInns.has(inn)) inn = generateInn(kind, random.next);
    takenInns.add(inn);
    const head = randomPerson(random);
    const names =
      kind === 'legal'
        ? companyNames(random.chance(0.85) ? 'ООО' : 'АО', `${random.pick(COMPANY_NAMES)}-${i + 1}`)
        : {
            shortName: `ИП ${head.fullName}`,
            fullName: `Индивидуальный предприниматель ${head.fullName}`,
          };
    const admissionDate = new Date(now.getTime() - random.int(30, 12 * 365) * DAY_MS);
    return {
      _id: new Types.ObjectId(),
      kind,
      ...names,
      inn,
      ogrn: generateOgrn(kind, random.next),
      kpp: kind === 'legal' ? `${inn.slice(0, 4)}01001` : null,
      registryNumber: String(100 + i),
      admissionDate,
      status: random.chance(0.95) ? 'member' : 'suspended',
      statusSince: admissionDate,
      head: {
        fullName: head.fullName,
        position: kind === 'legal' ? 'Генеральный директор' : 'Индивидуальный предприниматель',
      },
      levels: { vv: random.int(1, 4), odo: random.chance(0.6) ? random.int(1, 3) : null },
      createdAt: admissionDate,
    };
  });
  await insertInBatches(MemberModel, members);
  const representatives = members.map((member, i) => ({
    _id: new Types.ObjectId(),
    memberId: member._id,
    fullName: randomPerson(random).fullName,
    email: `rep${i + 1}@member${i + 1}.bench`,
    status: 'active',
    emailConfirmedAt: member.admissionDate,
  }));
  await insertInBatches(RepresentativeModel, representatives);

  let open = 0;
  const appeals = Array.from({ length: appealCount }, (_, i) => {
    const status = random.weighted(STATUS_WEIGHTS);
    const category = random.weighted(CATEGORY_WEIGHTS);
    const isOpen = status === 'submitted' || status === 'registered' || status === 'in_progress';
    if (isOpen) open += 1;
    const filedAt = new Date(now.getTime() - (isOpen ? random.real(0.05, 40) : random.real(5, 730)) * DAY_MS);
    const owner = random.int(0, memberCount - 1);
    const assigned = status === 'submitted' ? null : random.chance(0.9) ? random.pick(experts)._id : null;
    const expertId = status === 'registered' ? null : assigned;
    return {
      memberId: members[owner]!._id,
      representativeId: representatives[owner]!._id,
      registrationNumber: `ОБР-${filedAt.getFullYear()}-${String(i + 1).padStart(6, '0')}`,
      category,
      details: detailsOf(category, filedAt, random),
      text: 'Прошу рассмотреть обращение и направить ответ в личный кабинет.',
      status,
      statusHistory: history(status, filedAt, expertId),
      assignedExpertId: status === 'submitted' || status === 'registered' ? null : expertId,
      dueAt: appealDueAt(filedAt, category),
      createdAt: filedAt,
      updatedAt: filedAt,
    };
  });
  await insertInBatches(AppealModel, appeals);
  return {
    staffEmail: experts[0]!.email,
    counts: { members: memberCount, appeals: appealCount, open, experts: experts.length },
  };
}
