import type { MemberKind, MemberStatus } from '../../domain/members/member.model.js';
import type { RepresentativeStatus } from '../../domain/representatives/representative.model.js';
import type { LegalForm } from './russian-companies.js';
import type { Random } from './random.js';

/** How much of the КФ ОДО cap the member's contracts in force use. */
export type OdoUsage = 'none' | 'normal' | 'near_cap' | 'over_cap';
/** How the member pays its membership dues. */
export type DuesHabit = 'on_time' | 'late' | 'debt' | 'overpaid';

export interface Credential {
  password: string;
  /** What the account is good for testing, for credentials.json. */
  note: string;
}

export interface RepresentativeSpec {
  status: RepresentativeStatus;
  authorityExpired?: boolean;
  credential?: Credential;
}

export interface MemberSpec {
  kind: MemberKind;
  legalForm?: LegalForm;
  status: MemberStatus;
  levels: { vv: number; odo: number | null };
  odoUsage: OdoUsage;
  dues: DuesHabit;
  /** Paid less into a compensation fund than its level requires. */
  fundShort: boolean;
  representatives: RepresentativeSpec[];
}

export const MEMBER_COUNT = 60;

const TWO_REPRESENTATIVES = 'У организации два представителя: при входе по ИНН укажите и e-mail.';

/** The members the demo is walked through with; the rest are drawn at random. */
const FEATURED: readonly MemberSpec[] = [
  {
    kind: 'legal',
    legalForm: 'ООО',
    status: 'member',
    levels: { vv: 2, odo: 2 },
    odoUsage: 'normal',
    dues: 'on_time',
    fundShort: false,
    representatives: [
      { status: 'active', credential: { password: 'demo-Builder-7421', note: TWO_REPRESENTATIVES } },
      { status: 'active', credential: { password: 'demo-Concrete-3186', note: TWO_REPRESENTATIVES } },
    ],
  },
  {
    kind: 'legal',
    legalForm: 'АО',
    status: 'member',
    levels: { vv: 2, odo: 1 },
    odoUsage: 'near_cap',
    dues: 'debt',
    fundShort: false,
    representatives: [
      {
        status: 'active',
        credential: {
          password: 'demo-Crane-5270',
          note: 'Обязательства по договорам близки к пределу уровня КФ ОДО (80–99 %); долг по членским взносам.',
        },
      },
    ],
  },
  {
    kind: 'individual',
    status: 'member',
    levels: { vv: 1, odo: null },
    odoUsage: 'none',
    dues: 'overpaid',
    fundShort: false,
    representatives: [
      {
        status: 'active',
        credential: {
          password: 'demo-Brick-9034',
          note: 'ИП без уровня КФ ОДО; переплата по членским взносам.',
        },
      },
    ],
  },
  {
    kind: 'legal',
    legalForm: 'ООО',
    status: 'member',
    levels: { vv: 2, odo: 1 },
    odoUsage: 'over_cap',
    dues: 'on_time',
    fundShort: false,
    representatives: [{ status: 'active' }, { status: 'pending' }],
  },
  {
    kind: 'legal',
    legalForm: 'ООО',
    status: 'member',
    levels: { vv: 3, odo: 2 },
    odoUsage: 'over_cap',
    dues: 'late',
    fundShort: false,
    representatives: [
      {
        status: 'suspended',
        credential: {
          password: 'demo-Beam-4619',
          note: 'Представитель заблокирован сотрудником СРО (п. 2.4 Регламента): вход должен быть отклонён.',
        },
      },
      { status: 'active' },
    ],
  },
  {
    kind: 'legal',
    legalForm: 'ООО',
    status: 'excluded',
    levels: { vv: 1, odo: null },
    odoUsage: 'none',
    dues: 'debt',
    fundShort: true,
    representatives: [
      {
        status: 'active',
        credential: {
          password: 'demo-Tower-8352',
          note: 'Организация исключена из членов СРО (п. 1.4 Регламента): вход должен быть отклонён.',
        },
      },
    ],
  },
  {
    kind: 'legal',
    legalForm: 'ООО',
    status: 'excluded',
    levels: { vv: 0, odo: null },
    odoUsage: 'none',
    dues: 'debt',
    fundShort: false,
    representatives: [{ status: 'active' }],
  },
  {
    kind: 'individual',
    status: 'member',
    levels: { vv: 1, odo: 1 },
    odoUsage: 'normal',
    dues: 'on_time',
    fundShort: false,
    representatives: [
      {
        status: 'active',
        authorityExpired: true,
        credential: {
          password: 'demo-Rebar-1745',
          note: 'Срок полномочий представителя истёк: вход должен быть отклонён.',
        },
      },
    ],
  },
  ...(['ООО', 'АО', 'ООО'] as const).map((legalForm, i): MemberSpec => ({
    kind: 'legal',
    legalForm,
    status: 'suspended',
    levels: { vv: 1, odo: i === 1 ? 1 : null },
    odoUsage: i === 1 ? 'normal' : 'none',
    dues: 'debt',
    fundShort: i !== 1,
    representatives: [{ status: 'active' }],
  })),
  {
    kind: 'legal',
    legalForm: 'ООО',
    status: 'member',
    levels: { vv: 3, odo: 3 },
    odoUsage: 'near_cap',
    dues: 'on_time',
    fundShort: false,
    representatives: [{ status: 'active' }, { status: 'active' }, { status: 'pending' }],
  },
  {
    kind: 'individual',
    status: 'member',
    levels: { vv: 1, odo: 1 },
    odoUsage: 'near_cap',
    dues: 'late',
    fundShort: false,
    representatives: [{ status: 'active' }],
  },
];

/** Most members work at the first levels; an ИП at the simplified or the first level of КФ ВВ. */
function randomLevels(kind: MemberKind, random: Random): MemberSpec['levels'] {
  const vv = kind === 'individual' ? random.pick([0, 1, 1]) : random.pick([0, 1, 1, 1, 1, 2, 2, 2, 3, 4]);
  if (vv === 0 || random.chance(0.3)) return { vv, odo: null };
  return { vv, odo: Math.min(vv, random.pick([1, 1, 1, 2, 2, 3])) };
}

function randomRepresentatives(random: Random): RepresentativeSpec[] {
  const count = random.pick([1, 1, 1, 1, 1, 2, 2, 2, 3, 3]);
  return Array.from({ length: count }, (_, i) => ({
    status: random.chance(i === 0 ? 0.92 : 0.7) ? 'active' : 'pending',
  }));
}

/** The spec of the demo member number `index`: a featured one, or drawn with about one ИП in five. */
export function memberSpec(index: number, random: Random): MemberSpec {
  const featured = FEATURED[index];
  if (featured) return featured;
  const kind: MemberKind = index % 5 === 2 ? 'individual' : 'legal';
  const levels = randomLevels(kind, random);
  return {
    kind,
    legalForm: kind === 'legal' && random.chance(0.2) ? 'АО' : 'ООО',
    status: 'member',
    levels,
    odoUsage: levels.odo === null ? 'none' : 'normal',
    dues: random.weighted({ on_time: 5, late: 2, debt: 2 }),
    fundShort: random.chance(0.06),
    representatives: randomRepresentatives(random),
  };
}

/** The passwords of the representatives in credentials.json. */
export const REPRESENTATIVE_PASSWORDS = FEATURED.flatMap((spec) =>
  spec.representatives.flatMap((representative) =>
    representative.credential ? [representative.credential.password] : [],
  ),
);
