import { beforeAll, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { InspectionModel } from '../../../api/domain/inspections/inspection.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createRsaSigner, signDetached, type TestSigner } from '../../helpers/cms-signature.js';
import { PDF, postAppeal, signedInRepresentative, type FormFile } from './appeal-client.js';
import { CATEGORY_CASES } from './appeal-detail-cases.js';

const SIGNED_CATEGORIES = new Set(['level_change', 'work_right_change']);

describe('POST /appeals: the details of each category', () => {
  const api = useTestApi();
  let token: string;
  let memberId: string;
  let signed: FormFile[];

  beforeAll(async () => {
    const signedIn = await signedInRepresentative(api);
    token = signedIn.token;
    memberId = String(signedIn.member._id);
    const inspectionCase = CATEGORY_CASES.find((c) => c.category === 'inspection')!;
    await InspectionModel.create({
      _id: new Types.ObjectId(inspectionCase.valid.inspectionId as string),
      memberId,
      kind: 'planned',
      subject: 'Соблюдение требований стандартов СРО',
      periodFrom: new Date('2026-02-02'),
      periodTo: new Date('2026-02-13'),
    });
    const signer: TestSigner = await createRsaSigner({
      surname: 'Петров',
      givenName: 'Пётр Петрович',
      innle: signedIn.member.inn,
      ogrn: signedIn.member.ogrn,
    });
    signed = [
      { field: 'document', data: PDF, filename: 'заявление.pdf' },
      { field: 'signature', data: await signDetached(signer, PDF), filename: 'заявление.pdf.sig' },
    ];
  });

  it.each(CATEGORY_CASES)(
    'when an appeal of category $category comes with valid details, then it is filed with them',
    async (c) => {
      const response = await postAppeal(
        api,
        token,
        { category: c.category, text: 'Текст обращения', details: c.valid },
        SIGNED_CATEGORIES.has(c.category) ? signed : [],
      );

      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({
        category: c.category,
        status: 'submitted',
        statusLabel: 'Подано',
        text: 'Текст обращения',
        details: c.stored,
      });
      expect(response.body.categoryTitle).toEqual(expect.any(String));
    },
  );

  it.each(CATEGORY_CASES)(
    'when an appeal of category $category comes with invalid details, then 400 names each field in Russian',
    async (c) => {
      const before = await AppealModel.countDocuments({ memberId });

      const response = await postAppeal(api, token, { category: c.category, details: c.invalid });

      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual(c.errors);
      expect(await AppealModel.countDocuments({ memberId })).toBe(before);
    },
  );

  it('when the details are not JSON, the category is unknown or the text is too long, then 400 says which', async () => {
    const notJson = await postAppeal(api, token, { category: 'other', details: '{copies: 2' });
    const unknown = await postAppeal(api, token, { category: 'complaint' });
    const long = await postAppeal(api, token, { category: 'other', text: 'а'.repeat(5001) });

    expect(notJson.body.errors).toEqual([
      { path: 'details', message: 'Сведения обращения должны быть объектом JSON' },
    ]);
    expect(unknown.body.errors).toEqual([{ path: 'category', message: 'Выберите категорию обращения' }]);
    expect(long.body.errors).toEqual([{ path: 'text', message: 'Текст обращения — не длиннее 5000 знаков' }]);
    expect([notJson.status, unknown.status, long.status]).toEqual([400, 400, 400]);
  });

  it('when a registry extract comes without details, then every missing field is named', async () => {
    const response = await postAppeal(api, token, { category: 'registry_extract' });

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual([
      'details.copies',
      'details.delivery',
    ]);
  });

  it('when an appeal is filed, then it is due in its category`s days with one «submitted» history entry', async () => {
    const response = await postAppeal(api, token, { category: 'other', text: 'Вопрос о членских взносах' });
    const extract = await postAppeal(api, token, {
      category: 'registry_extract',
      details: { copies: 1, delivery: 'electronic' },
    });

    const { createdAt, dueAt, statusHistory } = response.body;
    const daysToAnswer = (appeal: { createdAt: string; dueAt: string }) =>
      (new Date(appeal.dueAt).getTime() - new Date(appeal.createdAt).getTime()) / 86_400_000;
    expect(daysToAnswer({ createdAt, dueAt })).toBeCloseTo(30, 3);
    expect(daysToAnswer(extract.body)).toBeCloseTo(5, 3);
    expect(statusHistory).toEqual([
      { status: 'submitted', statusLabel: 'Подано', at: expect.any(String), comment: null },
    ]);
    expect(response.body.signature).toMatchObject({
      status: 'missing',
      documentFileId: null,
      signatureFileId: null,
    });
  });
});
