import { describe, expect, it } from '@jest/globals';
import { useTestApi } from '../../helpers/api-app.js';
import { createRsaSigner, gostSignature, signDetached } from '../../helpers/cms-signature.js';
import { downloadAppealFile, PDF, postAppeal, signedInRepresentative } from './appeal-client.js';
import { LEVEL_CHANGE, signedFiles, useSigningMember } from './signing-member.js';

const GOST_NOTE =
  'Подпись по ГОСТ Р 34.10-2012: криптографическая проверка не выполнялась, требуется проверка сотрудником СРО';

describe('POST /appeals: electronic signatures that are accepted (regulation §3.2.1)', () => {
  const api = useTestApi();
  const signing = useSigningMember(api);

  it('when the head signed the document with RSA, then the appeal is filed with the signature verified and both files kept', async () => {
    const signer = await createRsaSigner(signing.headSubject);
    const signature = await signDetached(signer, PDF);

    const response = await postAppeal(api, signing.token, LEVEL_CHANGE, signedFiles(signature));

    expect(response.status).toBe(201);
    expect(response.body.signature).toMatchObject({
      status: 'verified',
      signer: {
        fullName: 'ПЕТРОВ Петр Петрович',
        inn: signing.member.inn,
        ogrn: signing.member.ogrn,
        title: 'Генеральный директор',
      },
      documentFileId: expect.any(String),
      signatureFileId: expect.any(String),
    });
    expect(response.body.signature.note).toMatch(/не проверялась: в системе нет списка доверенных корневых/);
    const { documentFileId, signatureFileId } = response.body.signature;
    const document = await downloadAppealFile(api, signing.token, response.body.id, documentFileId);
    const signatureFile = await downloadAppealFile(api, signing.token, response.body.id, signatureFileId);
    expect(Buffer.compare(document.body as Buffer, PDF)).toBe(0);
    expect(Buffer.compare(signatureFile.body as Buffer, signature)).toBe(0);
    expect(signatureFile.headers['content-type']).toBe('application/pkcs7-signature');
  });

  it('when the signature comes in PEM, then it is read and verified as well', async () => {
    const signer = await createRsaSigner(signing.headSubject);

    const response = await postAppeal(
      api,
      signing.token,
      LEVEL_CHANGE,
      signedFiles(await signDetached(signer, PDF, { pem: true })),
    );

    expect(response.status).toBe(201);
    expect(response.body.signature.status).toBe('verified');
  });

  it('when the signature is GOST R 34.10-2012, then the appeal is accepted as unverifiable and flagged for staff', async () => {
    const response = await postAppeal(
      api,
      signing.token,
      LEVEL_CHANGE,
      signedFiles(gostSignature(signing.headSubject)),
    );

    expect(response.status).toBe(201);
    expect(response.body.signature).toMatchObject({
      status: 'unverifiable',
      note: GOST_NOTE,
      signer: { fullName: 'ПЕТРОВ Петр Петрович', inn: signing.member.inn, ogrn: signing.member.ogrn },
    });
  });

  it('when an «other» appeal changes the registry, then it needs the signature too; without the change it does not', async () => {
    const changing = await postAppeal(api, signing.token, {
      category: 'other',
      details: { registryChange: true },
    });
    const plain = await postAppeal(api, signing.token, {
      category: 'other',
      details: { registryChange: false },
    });

    expect(changing.status).toBe(422);
    expect(plain.status).toBe(201);
  });

  it('when an entrepreneur signs his own application, then the signature is accepted', async () => {
    const entrepreneur = await signedInRepresentative(api, {
      kind: 'individual',
      fullName: 'Индивидуальный предприниматель Кузнецов Олег Ильич',
      head: { fullName: 'Кузнецов Олег Ильич', position: 'Индивидуальный предприниматель' },
    });
    const signer = await createRsaSigner({
      surname: 'Кузнецов',
      givenName: 'Олег Ильич',
      inn: entrepreneur.member.inn,
      ogrnip: entrepreneur.member.ogrn,
    });

    const response = await postAppeal(
      api,
      entrepreneur.token,
      LEVEL_CHANGE,
      signedFiles(await signDetached(signer, PDF)),
    );

    expect(response.status).toBe(201);
    expect(response.body.signature).toMatchObject({
      status: 'verified',
      signer: { inn: entrepreneur.member.inn, ogrn: entrepreneur.member.ogrn },
    });
  });
});
