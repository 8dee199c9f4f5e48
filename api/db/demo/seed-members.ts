import { Types } from 'mongoose';
import { MemberModel, type MemberKind, type MemberStatus } from '../../domain/members/member.model.js';
import { generateInn, generateOgrn } from '../../domain/members/tax-ids.js';
import type { ObjectKind } from '../../domain/members/work-right.js';
import { addDays, moscowDate } from './dates.js';
import { MEMBER_COUNT, memberSpec, type MemberSpec } from './demo-cast.js';
import type { Random } from './random.js';
import { cityPhone, localityOfInn, streetAddress, type Locality } from './russian-addresses.js';
import { COMPANY_NAMES, ENTREPRENEUR_POSITION, HEAD_POSITIONS, companyNames } from './russian-companies.js';
import { randomPerson, type Person } from './russian-names.js';
import { slug } from './transliterate.js';

/** A seeded member with what the rest of the demo data is derived from. */
export interface DemoMember {
  _id: Types.ObjectId;
  spec: MemberSpec;
  kind: MemberKind;
  fullName: string;
  shortName: string;
  inn: string;
  ogrn: string;
  /** Assigned in the order of admission. */
  registryNumber: string;
  status: MemberStatus;
  admissionDate: Date;
  /** Since when the member is suspended or excluded. */
  statusSince: Date;
  /** Why the member is suspended or excluded. */
  statusReason: string | null;
  head: Person;
  headPosition: string;
  locality: Locality;
  /** The domain of the member's e-mail addresses. */
  domain: string;
  levels: { vv: number; odo: number | null };
  objectKinds: ObjectKind[];
}

const SUSPENSION_REASONS = [
  'Решение Дисциплинарной комиссии: неуплата взноса в компенсационный фонд',
  'Решение Дисциплинарной комиссии: отсутствие действующего договора страхования гражданской ответственности',
  'Решение Дисциплинарной комиссии: неустранение нарушений, выявленных при проверке',
];
const EXCLUSION_REASON =
  'Решение Совета СРО: неоднократная неуплата членских взносов в течение одного года (п. 2 ч. 2 ст. 55.7 ГрК РФ)';

/** An OGRN registered no later than the admission and in the INN's region, as real ones are. */
function matchingOgrn(kind: MemberKind, inn: string, admissionYear: number, random: Random): string {
  for (;;) {
    const ogrn = generateOgrn(kind, random.next);
    if (ogrn.slice(3, 5) === inn.slice(0, 2) && 2000 + Number(ogrn.slice(1, 3)) <= admissionYear) return ogrn;
  }
}

function objectKinds(random: Random): ObjectKind[] {
  if (random.chance(0.03)) return ['ordinary', 'dangerous', 'nuclear'];
  return random.chance(0.25) ? ['ordinary', 'dangerous'] : ['ordinary'];
}

function planMember(
  index: number,
  names: string[],
  takenInns: Set<string>,
  now: Date,
  random: Random,
): DemoMember {
  const spec = memberSpec(index, random);
  let inn = generateInn(spec.kind, random.next);
  while (takenInns.has(inn)) inn = generateInn(spec.kind, random.next);
  takenInns.add(inn);
  const excluded = spec.status === 'excluded';
  // an excluded member was one long enough to have used the cabinet before the exclusion
  const admissionDate = random.date(addDays(now, -12 * 365), addDays(now, excluded ? -730 : -90));
  const head = randomPerson(random, 0.85);
  const name = spec.kind === 'legal' ? names.shift() : undefined;
  if (spec.kind === 'legal' && !name) throw new Error('demo data: more organizations than company names');
  const company = name ? companyNames(spec.legalForm ?? 'ООО', name) : null;
  const statusSince = excluded
    ? random.date(addDays(now, -270), addDays(now, -30))
    : spec.status === 'suspended'
      ? random.date(addDays(now, -120), addDays(now, -10))
      : admissionDate;
  return {
    _id: new Types.ObjectId(),
    spec,
    kind: spec.kind,
    fullName: company?.fullName ?? `Индивидуальный предприниматель ${head.fullName}`,
    shortName: company?.shortName ?? `ИП ${head.fullName}`,
    inn,
    ogrn: matchingOgrn(spec.kind, inn, moscowDate(admissionDate).year, random),
    registryNumber: '',
    status: spec.status,
    admissionDate,
    statusSince,
    statusReason: excluded
      ? EXCLUSION_REASON
      : spec.status === 'suspended'
        ? random.pick(SUSPENSION_REASONS)
        : null,
    head,
    headPosition: company ? random.weighted(HEAD_POSITIONS) : ENTREPRENEUR_POSITION,
    locality: localityOfInn(inn, random),
    domain: `${slug(name ?? `ip-${head.surname}`)}.example`,
    levels: spec.levels,
    objectKinds: objectKinds(random),
  };
}

function statusHistory(member: DemoMember) {
  const admitted = {
    status: 'member',
    since: member.admissionDate,
    reason: 'Решение Совета СРО о приёме в члены',
  };
  if (member.status === 'member') return [admitted];
  return [admitted, { status: member.status, since: member.statusSince, reason: member.statusReason }];
}

function memberDocument(member: DemoMember, random: Random) {
  const legal = streetAddress(member.locality, random);
  const company = member.kind === 'legal';
  return {
    _id: member._id,
    kind: member.kind,
    fullName: member.fullName,
    shortName: member.shortName,
    inn: member.inn,
    ogrn: member.ogrn,
    kpp: company ? `${member.inn.slice(0, 4)}01001` : null,
    registryNumber: member.registryNumber,
    admissionDate: member.admissionDate,
    status: member.status,
    statusSince: member.statusSince,
    statusHistory: statusHistory(member),
    excludedAt: member.status === 'excluded' ? member.statusSince : null,
    head: { fullName: member.head.fullName, position: member.headPosition },
    addresses: {
      legal,
      postal: random.chance(0.8) ? legal : streetAddress(member.locality, random),
      actual: random.chance(0.7) ? legal : streetAddress(member.locality, random),
    },
    contacts: {
      phone: cityPhone(member.locality, random),
      email: `info@${member.domain}`,
      website: company && random.chance(0.6) ? `https://www.${member.domain}` : null,
    },
    workRight: {
      construction: true,
      reconstruction: random.chance(0.8),
      majorRepair: random.chance(0.85),
      demolition: random.chance(0.4),
      objectKinds: member.objectKinds,
      status: member.status === 'member' ? 'active' : 'suspended',
      since: member.status === 'member' ? member.admissionDate : member.statusSince,
    },
    levels: member.levels,
    createdAt: member.admissionDate,
    updatedAt: member.statusSince,
  };
}

/**
 * The members: about one in five an ИП, with valid INN and OGRN (OGRNIP) of one region, registry numbers in the order
 * of admission over the last 12 years.
 */
export async function seedMembers(now: Date, random: Random): Promise<DemoMember[]> {
  const names = random.sample(COMPANY_NAMES, COMPANY_NAMES.length);
  const takenInns = new Set<string>();
  const members = Array.from({ length: MEMBER_COUNT }, (_, i) =>
    planMember(i, names, takenInns, now, random),
  );
  let registryNumber = 14;
  for (const member of [...members].sort((a, b) => a.admissionDate.getTime() - b.admissionDate.getTime())) {
    registryNumber += random.int(1, 9);
    member.registryNumber = String(registryNumber);
  }
  await MemberModel.insertMany(members.map((member) => memberDocument(member, random)));
  return members;
}
