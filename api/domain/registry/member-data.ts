import type { MemberKind } from '../members/member.model.js';
import { innKind, ogrnKind } from '../members/tax-ids.js';
import type { FieldProblem } from './registry-guards.js';

/** A member's registry data as staff enter it; status, right to work and levels change by their own use cases. */
export interface MemberData {
  kind: MemberKind;
  fullName: string;
  shortName: string;
  inn: string;
  ogrn: string;
  kpp?: string | null;
  registryNumber: string;
  admissionDate: Date;
  head: { fullName: string; position: string };
  addresses?: { legal?: string | null; postal?: string | null; actual?: string | null };
  contacts?: { phone?: string | null; email?: string | null; website?: string | null };
}

/** A partial change; nested objects are merged into the stored ones. */
export type MemberChanges = Partial<Omit<MemberData, 'head'>> & { head?: Partial<MemberData['head']> };

export type MemberIdentity = Pick<MemberData, 'kind' | 'inn' | 'ogrn' | 'kpp'>;

/**
 * Tax ids must match the kind of member: an organization has a 10-digit INN, a 13-digit OGRN and may have a KPP; an
 * individual entrepreneur has a 12-digit INN, a 15-digit OGRNIP and no KPP. Ids malformed in themselves are left to
 * their own schemas.
 */
export function identityProblems({ kind, inn, ogrn, kpp }: MemberIdentity): FieldProblem[] {
  const legal = kind === 'legal';
  const problems: FieldProblem[] = [];
  const ofInn = innKind(inn);
  if (ofInn && ofInn !== kind) {
    problems.push({
      path: 'inn',
      message: legal
        ? 'ИНН организации состоит из 10 цифр'
        : 'ИНН индивидуального предпринимателя состоит из 12 цифр',
    });
  }
  const ofOgrn = ogrnKind(ogrn);
  if (ofOgrn && ofOgrn !== kind) {
    problems.push({
      path: 'ogrn',
      message: legal
        ? 'ОГРН организации состоит из 13 цифр'
        : 'ОГРНИП индивидуального предпринимателя состоит из 15 цифр',
    });
  }
  if (kpp && !legal) problems.push({ path: 'kpp', message: 'КПП бывает только у организации' });
  return problems;
}
