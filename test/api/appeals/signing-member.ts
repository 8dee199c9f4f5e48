import { beforeAll } from '@jest/globals';
import type { TestApi } from '../../helpers/api-app.js';
import type { SubjectSpec } from '../../helpers/cms-signature.js';
import { PDF, signedInRepresentative } from './appeal-client.js';

export const LEVEL_CHANGE = {
  category: 'level_change',
  text: 'Прошу повысить уровень',
  details: { fund: 'odo', requestedLevel: 2 },
};

export const signedFiles = (signature: Buffer, document = PDF) => [
  { field: 'document' as const, data: document, filename: 'заявление об изменении уровня.pdf' },
  { field: 'signature' as const, data: signature, filename: 'заявление об изменении уровня.pdf.sig' },
];

export interface SigningMember {
  member: Awaited<ReturnType<typeof signedInRepresentative>>['member'];
  token: string;
  /** The subject of the head's qualified certificate, as a CA writes it (capitals, «е» for «ё»). */
  headSubject: SubjectSpec;
}

/** A member whose head is «Петров Пётр Петрович», with a signed-in representative; filled in beforeAll. */
export function useSigningMember(api: TestApi): SigningMember {
  const holder = {} as SigningMember;
  beforeAll(async () => {
    const { member, token } = await signedInRepresentative(api, {
      head: { fullName: 'Петров Пётр  Петрович', position: 'Генеральный директор' },
    });
    Object.assign(holder, {
      member,
      token,
      headSubject: {
        commonName: member.shortName,
        organization: member.shortName,
        surname: 'ПЕТРОВ',
        givenName: 'Петр Петрович',
        title: 'Генеральный директор',
        innle: member.inn,
        ogrn: member.ogrn,
        inn: '500100732259',
        snils: '11223344595',
      },
    });
  });
  return holder;
}
