import { beforeAll, describe, expect, it } from '@jest/globals';
import mongoose, { Types } from 'mongoose';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { InspectionModel } from '../../../api/domain/inspections/inspection.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createMember } from '../../helpers/factories.js';
import { PDF, downloadAppealFile, postAppeal, signedInRepresentative } from './appeal-client.js';

const storedFileCount = () => mongoose.connection.db!.collection('files.files').countDocuments();

const NOT_FOUND = 'Проверка не найдена: выберите её в разделе «Проверки» вашей организации';

const inspectionOf = (memberId: Types.ObjectId) =>
  InspectionModel.create({
    memberId,
    kind: 'planned',
    subject: 'Соблюдение требований стандартов СРО',
    periodFrom: new Date('2026-02-02'),
    periodTo: new Date('2026-02-13'),
  });

describe('POST /appeals: what an appeal cites belongs to the member', () => {
  const api = useTestApi();
  let token: string;
  let memberId: Types.ObjectId;
  let own: string;
  let foreign: string;

  beforeAll(async () => {
    const signedIn = await signedInRepresentative(api);
    token = signedIn.token;
    memberId = signedIn.member._id;
    own = (await inspectionOf(memberId))._id.toHexString();
    foreign = (await inspectionOf((await createMember())._id))._id.toHexString();
  });

  const fileAboutInspection = (inspectionId: string) =>
    postAppeal(
      api,
      token,
      { category: 'inspection', text: 'Прошу перенести проверку', details: { inspectionId } },
      [{ data: PDF, filename: 'письмо.pdf' }],
    );

  it('when an appeal cites the member’s own inspection, then it is filed with it, in any letter case', async () => {
    const filed = await fileAboutInspection(own);
    const upperCase = await fileAboutInspection(own.toUpperCase());

    expect(filed.status).toBe(201);
    expect(filed.body.details).toEqual({ inspectionId: own });
    expect(upperCase.status).toBe(201);
    expect(upperCase.body.details).toEqual({ inspectionId: own });
  });

  it('when an appeal cites another member’s inspection, then it is refused as if there were none, and nothing is kept', async () => {
    const appealsBefore = await AppealModel.countDocuments({ memberId });
    const filesBefore = await storedFileCount();

    const foreignAnswer = await fileAboutInspection(foreign);
    const missingAnswer = await fileAboutInspection(new Types.ObjectId().toHexString());

    expect(foreignAnswer.status).toBe(422);
    expect(foreignAnswer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(foreignAnswer.body).toMatchObject({
      detail: NOT_FOUND,
      errors: [{ path: 'details.inspectionId', message: NOT_FOUND }],
    });
    expect([missingAnswer.status, missingAnswer.body]).toEqual([422, foreignAnswer.body]);
    expect(await AppealModel.countDocuments({ memberId })).toBe(appealsBefore);
    expect(await storedFileCount()).toBe(filesBefore);
  });

  it('when the member’s appeal is asked with a file of another member’s appeal, or the other way round, then 404', async () => {
    const stranger = await signedInRepresentative(api);
    const ownAppeal = (await fileAboutInspection(own)).body;
    const strangerAppeal = (
      await postAppeal(api, stranger.token, { category: 'other', text: 'Вопрос' }, [
        { data: PDF, filename: 'б.pdf' },
      ])
    ).body;
    const fileOf = (appeal: { files: { fileId: string }[] }) => appeal.files[0]!.fileId;

    const ownFile = await downloadAppealFile(api, token, ownAppeal.id, fileOf(ownAppeal));
    const foreignFile = await downloadAppealFile(api, token, ownAppeal.id, fileOf(strangerAppeal));
    const foreignAppeal = await downloadAppealFile(api, token, strangerAppeal.id, fileOf(ownAppeal));

    expect(ownFile.status).toBe(200);
    expect([foreignFile.status, foreignAppeal.status]).toEqual([404, 404]);
    expect(JSON.parse((foreignFile.body as Buffer).toString('utf8')).detail).toBe('Файл не найден.');
  });
});
