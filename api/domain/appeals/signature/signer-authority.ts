import type { MemberKind } from '../../members/member.model.js';
import { signerFullName, type CertificateSubject } from './certificate-subject.js';
import { isSameName } from './person-name.js';

/** What the signature is checked against: the member, its head and (for an ИП) the entrepreneur. */
export interface SigningMember {
  kind: MemberKind;
  inn: string;
  ogrn: string;
  fullName: string;
  head: { fullName: string; position: string };
}

const ENTREPRENEUR_PREFIX = /^(индивидуальный предприниматель|ип)\s+/i;

/** Older certificates write an organization's 10-digit INN into the 12-digit INN attribute with two leading zeros. */
const unpaddedInn = (inn: string) => (inn.length === 12 && inn.startsWith('00') ? inn.slice(2) : inn);

function namesMember(subject: CertificateSubject, member: SigningMember): boolean {
  const inns = [subject.inn, subject.innle].filter((inn) => inn !== undefined).map(unpaddedInn);
  const ogrns = [subject.ogrn, subject.ogrnip].filter((ogrn) => ogrn !== undefined);
  return inns.includes(member.inn) || ogrns.includes(member.ogrn);
}

/** Who may sign for the member: its head, and for an ИП also the entrepreneur as the registry names him. */
function authorizedNames(member: SigningMember): string[] {
  if (member.kind === 'legal') return [member.head.fullName];
  return [member.head.fullName, member.fullName.replace(ENTREPRENEUR_PREFIX, '')];
}

function namesAuthorizedPerson(subject: CertificateSubject, member: SigningMember): boolean {
  const signerNames = [signerFullName(subject), subject.commonName].filter((name) => name != null);
  return authorizedNames(member).some((name) => signerNames.some((signer) => isSameName(signer, name)));
}

function personProblem(subject: CertificateSubject, member: SigningMember): string {
  const signer = signerFullName(subject);
  const found = signer ? `а в сертификате указан(а) ${signer}` : 'а в сертификате не указано имя владельца';
  return member.kind === 'legal'
    ? `Документ должен подписать руководитель организации — ${member.head.position} ${member.head.fullName}, ${found}.`
    : `Документ должен подписать сам индивидуальный предприниматель — ${member.head.fullName}, ${found}.`;
}

/**
 * What is wrong with the signer for this member (regulation §3.2.1): the certificate must name the member by INN or
 * OGRN and a person who may sign for it. Empty when nothing is.
 */
export function signerProblems(subject: CertificateSubject, member: SigningMember): string[] {
  const problems: string[] = [];
  if (!namesMember(subject, member)) {
    const ogrnLabel = member.kind === 'legal' ? 'ОГРН' : 'ОГРНИП';
    problems.push(
      `Сертификат подписи выдан не члену СРО, от имени которого подаётся обращение: в нём нет ИНН ${member.inn} ` +
        `или ${ogrnLabel} ${member.ogrn}.`,
    );
  }
  if (!namesAuthorizedPerson(subject, member)) problems.push(personProblem(subject, member));
  return problems;
}
