import { describe, expect, it } from '@jest/globals';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { generateInn, generateOgrn } from '../../../api/domain/members/tax-ids.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createRsaSigner, gostSignature, signDetached } from '../../helpers/cms-signature.js';
import { PDF, postAppeal } from './appeal-client.js';
import { LEVEL_CHANGE, signedFiles, useSigningMember } from './signing-member.js';

const fixedRandom = () => 0.42;

describe('POST /appeals: electronic signatures that are refused, filing nothing (regulation §3.2.1)', () => {
  const api = useTestApi();
  const signing = useSigningMember(api);
  const countAppeals = () => AppealModel.countDocuments({ memberId: signing.member._id });

  it('when the signature was made over another document, then 422 says it does not match and nothing is filed', async () => {
    const signer = await createRsaSigner(signing.headSubject);
    const signature = await signDetached(signer, Buffer.from('%PDF-1.4\nдругой документ\n%%EOF\n'));
    const before = await countAppeals();

    const response = await postAppeal(api, signing.token, LEVEL_CHANGE, signedFiles(signature));

    expect(response.status).toBe(422);
    expect(response.body.detail).toBe(
      'Подпись не соответствует приложенному документу: документ изменён после подписания или подписан другой файл.',
    );
    expect(await countAppeals()).toBe(before);
  });

  it('when the certificate names another organization, then 422 says the certificate is not the member’s', async () => {
    const signer = await createRsaSigner({
      ...signing.headSubject,
      innle: generateInn('legal', fixedRandom),
      ogrn: generateOgrn('legal', fixedRandom),
    });
    const before = await countAppeals();

    const response = await postAppeal(
      api,
      signing.token,
      LEVEL_CHANGE,
      signedFiles(await signDetached(signer, PDF)),
    );

    expect(response.status).toBe(422);
    expect(response.body.problems).toEqual([
      `Сертификат подписи выдан не члену СРО, от имени которого подаётся обращение: в нём нет ИНН ${signing.member.inn} ` +
        `или ОГРН ${signing.member.ogrn}.`,
    ]);
    expect(await countAppeals()).toBe(before);
  });

  it('when an employee other than the head signed, then 422 names who must sign', async () => {
    const signer = await createRsaSigner({
      ...signing.headSubject,
      surname: 'Сидорова',
      givenName: 'Анна Сергеевна',
    });

    const response = await postAppeal(
      api,
      signing.token,
      LEVEL_CHANGE,
      signedFiles(await signDetached(signer, PDF)),
    );

    expect(response.status).toBe(422);
    expect(response.body.detail).toBe(
      'Документ должен подписать руководитель организации — Генеральный директор Петров Пётр  Петрович, ' +
        'а в сертификате указан(а) Сидорова Анна Сергеевна.',
    );
  });

  it('when the certificate had expired when the document was signed, then 422 gives its validity', async () => {
    const signer = await createRsaSigner(signing.headSubject, {
      notBefore: new Date('2023-01-10T09:00:00Z'),
      notAfter: new Date('2024-01-10T09:00:00Z'),
    });

    const response = await postAppeal(
      api,
      signing.token,
      LEVEL_CHANGE,
      signedFiles(await signDetached(signer, PDF)),
    );

    expect(response.status).toBe(422);
    expect(response.body.detail).toBe(
      'Сертификат подписи не действовал на момент подписания: он действует с 10.01.2023 по 10.01.2024.',
    );
  });

  it('when a GOST signature names another organization, then it is refused although it cannot be verified', async () => {
    const response = await postAppeal(
      api,
      signing.token,
      LEVEL_CHANGE,
      signedFiles(gostSignature({ ...signing.headSubject, innle: '7707083893', ogrn: '1027700132195' })),
    );

    expect(response.status).toBe(422);
    expect(response.body.detail).toMatch(/^Сертификат подписи выдан не члену СРО/);
  });

  it('when a level change comes without a signature, then 422 asks for the signed document and its signature', async () => {
    const before = await countAppeals();

    const bare = await postAppeal(api, signing.token, LEVEL_CHANGE, [
      { data: PDF, filename: 'заявление.pdf' },
    ]);
    const documentOnly = await postAppeal(api, signing.token, LEVEL_CHANGE, [
      { field: 'document', data: PDF, filename: 'заявление.pdf' },
    ]);

    expect(bare.status).toBe(422);
    expect(bare.body.detail).toBe(
      'Обращения, меняющие сведения реестра, подаются с электронной подписью (п. 3.2.1 Регламента). ' +
        'Приложите подписанный документ и файл его открепленной подписи (.sig или .p7s).',
    );
    expect(bare.body.fields).toEqual(['document', 'signature']);
    expect(documentOnly.status).toBe(422);
    expect(await countAppeals()).toBe(before);
  });

  it('when the signature file is not CMS, then 422 says so', async () => {
    const response = await postAppeal(
      api,
      signing.token,
      LEVEL_CHANGE,
      signedFiles(Buffer.from('это не подпись')),
    );

    expect(response.status).toBe(422);
    expect(response.body.detail).toBe('Файл подписи не является подписью CMS (PKCS#7)');
  });
});
