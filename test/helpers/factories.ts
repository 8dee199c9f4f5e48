import { randomInt } from 'node:crypto';
import { Types } from 'mongoose';
import type { PasswordHasher } from '../../api/domain/accounts/password-hasher.js';
import { MemberModel, type MemberKind } from '../../api/domain/members/member.model.js';
import { generateInn, generateOgrn } from '../../api/domain/members/tax-ids.js';
import { RepresentativeModel } from '../../api/domain/representatives/representative.model.js';
import { openSession } from '../../api/domain/sessions/sessions.repository.js';
import { StaffUserModel, type StaffRole } from '../../api/domain/staff/staff-user.model.js';

let sequence = 0;
const next = () => (sequence += 1);

/** Fresh INNs and OGRNs for every call, so that the unique index never sees a repeat. */
const random = () => randomInt(0, 2 ** 32) / 2 ** 32;

export const TEST_PASSWORD = 'Kotlovan-Marshrut-47';

export async function createMember(overrides: Record<string, unknown> = {}) {
  const kind = (overrides.kind as MemberKind | undefined) ?? 'legal';
  const n = next();
  const member = await MemberModel.create({
    kind,
    fullName:
      kind === 'legal' ? `Общество с ограниченной ответственностью «Тест-${n}»` : `ИП Иванов Иван ${n}`,
    shortName: kind === 'legal' ? `ООО «Тест-${n}»` : `ИП Иванов И. ${n}`,
    inn: generateInn(kind, random),
    ogrn: generateOgrn(kind, random),
    registryNumber: `T-${n}`,
    admissionDate: new Date('2020-03-01'),
    head: { fullName: 'Петров Пётр Петрович', position: 'Генеральный директор' },
    levels: { vv: 1, odo: 1 },
    ...overrides,
  });
  return member.toObject();
}

/** An activated representative with a known password (hashed for real). */
export async function createRepresentative(
  hasher: PasswordHasher,
  memberId: Types.ObjectId,
  overrides: Record<string, unknown> = {},
) {
  const n = next();
  const representative = await RepresentativeModel.create({
    memberId,
    fullName: `Сидорова Анна ${n}`,
    email: `rep${n}@example.ru`,
    status: 'active',
    emailConfirmedAt: new Date(),
    passwordHash: await hasher.hash(TEST_PASSWORD),
    ...overrides,
  });
  return representative.toObject();
}

export async function createStaff(
  hasher: PasswordHasher,
  role: StaffRole,
  overrides: Record<string, unknown> = {},
) {
  const n = next();
  const staff = await StaffUserModel.create({
    email: `staff${n}@sro.test`,
    fullName: `Эксперт Смирнова ${n}`,
    role,
    passwordHash: await hasher.hash(TEST_PASSWORD),
    ...overrides,
  });
  return staff.toObject();
}

/** A bearer token of a fresh session, as sign-in would hand out. */
export async function representativeToken(representative: { _id: Types.ObjectId; memberId: Types.ObjectId }) {
  const { token } = await openSession(
    { kind: 'representative', representativeId: representative._id, memberId: representative.memberId },
    {},
  );
  return token;
}

export async function staffToken(staff: { _id: Types.ObjectId }) {
  return (await openSession({ kind: 'staff', staffId: staff._id }, {})).token;
}
