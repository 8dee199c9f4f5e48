import { Types } from 'mongoose';
import type { RepresentativeStatus } from '../../domain/representatives/representative.model.js';
import { RepresentativeModel } from '../../domain/representatives/representative.model.js';
import { addDays, latest } from './dates.js';
import type { Credential } from './demo-cast.js';
import type { DemoPasswordHashes } from './passwords.js';
import type { Random } from './random.js';
import { mobilePhone } from './russian-addresses.js';
import { randomPerson, type Person } from './russian-names.js';
import type { DemoRegulation } from './seed-reference.js';
import type { DemoMember } from './seed-members.js';
import { slug } from './transliterate.js';

export interface DemoRepresentative {
  _id: Types.ObjectId;
  member: DemoMember;
  person: Person;
  email: string;
  status: RepresentativeStatus;
  /** When the person followed the activation link; null while pending. */
  activatedAt: Date | null;
  authorityExpiresAt: Date | null;
  credential: Credential | null;
}

/** Whether the person can use the cabinet now, as far as the person goes (the member may still be excluded). */
export function canSignIn(representative: DemoRepresentative, now: Date): boolean {
  const expired = representative.authorityExpiresAt !== null && representative.authorityExpiresAt <= now;
  return representative.status === 'active' && !expired;
}

function planRepresentatives(member: DemoMember, now: Date, regulation: DemoRegulation, random: Random) {
  const emails = new Set<string>();
  return member.spec.representatives.map((spec, i): DemoRepresentative => {
    // an ИП is usually its own representative
    const person = member.kind === 'individual' && i === 0 ? member.head : randomPerson(random);
    let email = `${slug(person.firstName).charAt(0)}.${slug(person.surname)}@${member.domain}`;
    if (emails.has(email)) email = email.replace('@', `${i + 1}@`);
    emails.add(email);
    const since = latest(addDays(member.admissionDate, 3), regulation.effectiveFrom);
    const until = member.status === 'excluded' ? addDays(member.statusSince, -10) : addDays(now, -30);
    const activatedAt = spec.status === 'pending' ? null : random.date(since, until);
    const authorityExpiresAt = spec.authorityExpired
      ? addDays(now, -random.int(3, 20))
      : random.chance(0.35)
        ? addDays(now, random.int(40, 400))
        : null;
    return {
      _id: new Types.ObjectId(),
      member,
      person,
      email,
      status: spec.status,
      activatedAt,
      authorityExpiresAt,
      credential: spec.credential ?? null,
    };
  });
}

function representativeDocument(
  representative: DemoRepresentative,
  now: Date,
  regulation: DemoRegulation,
  hashes: DemoPasswordHashes,
  random: Random,
) {
  const { activatedAt, credential } = representative;
  const createdAt = activatedAt ? addDays(activatedAt, -random.int(1, 3)) : addDays(now, -random.int(1, 12));
  const suspendedAt = representative.status === 'suspended' ? addDays(now, -random.int(2, 6)) : null;
  return {
    _id: representative._id,
    memberId: representative.member._id,
    fullName: representative.person.fullName,
    email: representative.email,
    phone: random.chance(0.6) ? mobilePhone(random) : null,
    status: representative.status,
    emailConfirmedAt: activatedAt,
    passwordHash: activatedAt ? (credential ? hashes.of(credential.password) : hashes.unknown) : null,
    passwordChangedAt: activatedAt,
    suspendedAt,
    suspendReason: suspendedAt
      ? 'Подозрение на несанкционированный доступ от имени пользователя (п. 2.4 Регламента)'
      : null,
    authorityExpiresAt: representative.authorityExpiresAt,
    acceptedRegulation: activatedAt
      ? { versionId: regulation._id, version: regulation.version, acceptedAt: activatedAt }
      : null,
    createdAt,
    updatedAt: suspendedAt ?? activatedAt ?? createdAt,
  };
}

/** 1–3 representatives per member: most active, some waiting for activation, one suspended, one whose authority ended. */
export async function seedRepresentatives(
  members: readonly DemoMember[],
  now: Date,
  regulation: DemoRegulation,
  hashes: DemoPasswordHashes,
  random: Random,
): Promise<DemoRepresentative[]> {
  const representatives = members.flatMap((member) => planRepresentatives(member, now, regulation, random));
  await RepresentativeModel.insertMany(
    representatives.map((representative) =>
      representativeDocument(representative, now, regulation, hashes, random),
    ),
  );
  return representatives;
}
