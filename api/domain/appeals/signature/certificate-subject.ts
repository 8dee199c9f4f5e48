import type { Certificate } from 'pkijs';

/** Subject attributes of a Russian qualified certificate (Order of the FSB No. 795) that name the signer. */
export const SUBJECT_OIDS = {
  commonName: '2.5.4.3',
  surname: '2.5.4.4',
  givenName: '2.5.4.42',
  title: '2.5.4.12',
  organization: '2.5.4.10',
  inn: '1.2.643.3.131.1.1',
  innle: '1.2.643.100.4',
  ogrn: '1.2.643.100.1',
  ogrnip: '1.2.643.100.5',
  snils: '1.2.643.100.3',
} as const;

export type CertificateSubject = Partial<Record<keyof typeof SUBJECT_OIDS, string>>;

function attributeText(value: { valueBlock: unknown }): string {
  const text = (value.valueBlock as { value?: unknown }).value;
  return typeof text === 'string' ? text.trim() : '';
}

export function readCertificateSubject(certificate: Certificate): CertificateSubject {
  const byOid = new Map<string, string>();
  for (const attribute of certificate.subject.typesAndValues) {
    const text = attributeText(attribute.value);
    if (text) byOid.set(attribute.type, text);
  }
  const subject: CertificateSubject = {};
  for (const [field, oid] of Object.entries(SUBJECT_OIDS)) {
    const text = byOid.get(oid);
    if (text) subject[field as keyof CertificateSubject] = text;
  }
  return subject;
}

/** «Фамилия Имя Отчество» from SN and GN (GN holds the given name and patronymic), else the common name. */
export function signerFullName(subject: CertificateSubject): string | null {
  const name =
    subject.surname && subject.givenName ? `${subject.surname} ${subject.givenName}` : subject.commonName;
  return name?.replace(/\s+/g, ' ') ?? null;
}
