import { beforeAll, describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import request from 'supertest';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createStaff, staffToken } from '../../helpers/factories.js';
import {
  downloadAppealFile,
  getAsRepresentative,
  PNG,
  postAppeal,
  signedInRepresentative,
} from './appeal-client.js';

type SignedIn = Awaited<ReturnType<typeof signedInRepresentative>>;

describe('GET /appeals, GET /appeals/:id and files: the member’s journal', () => {
  const api = useTestApi();
  let own: SignedIn;
  let stranger: SignedIn;
  const filed: { id: string; fileId?: string }[] = [];

  beforeAll(async () => {
    own = await signedInRepresentative(api);
    stranger = await signedInRepresentative(api);
    const forms = [
      { category: 'registry_extract', details: { copies: 1, delivery: 'electronic' } },
      { category: 'other', text: 'Вопрос о семинаре' },
      {
        category: 'accounting_documents',
        details: { documents: ['act'], periodFrom: '2026-01-01', periodTo: '2026-01-31' },
      },
    ];
    for (const form of forms) {
      const response = await postAppeal(api, own.token, form, [{ data: PNG, filename: 'скан.png' }]);
      filed.push({ id: response.body.id, fileId: response.body.files[0]?.fileId });
    }
  });

  it('when the journal is read, then the member’s appeals come newest first with numbers, titles and labels', async () => {
    const response = await getAsRepresentative(api, own.token, '/appeals');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 3, page: 1, perPage: 20 });
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual(
      filed.map(({ id }) => id).reverse(),
    );
    expect(response.body.items[0]).toEqual({
      registrationNumber: expect.stringMatching(/^ОБР-\d{4}-\d{6}$/),
      id: filed[2]!.id,
      category: 'accounting_documents',
      categoryTitle: 'Запросить бухгалтерские документы',
      status: 'submitted',
      statusLabel: 'Подано',
      createdAt: expect.any(String),
      dueAt: expect.any(String),
      expertName: null,
      answerLetterId: null,
    });
  });

  it('when an expert answered an appeal, then the journal and the card show the expert, the answer letter and the history', async () => {
    const expert = await createStaff(api.deps.hasher, 'expert', { fullName: 'Смирнова Ольга Игоревна' });
    const answerLetterId = new Types.ObjectId();
    await AppealModel.updateOne(
      { _id: filed[0]!.id },
      {
        $set: { status: 'answered', assignedExpertId: expert._id, answerLetterId },
        $push: {
          statusHistory: {
            status: 'answered',
            at: new Date(),
            byStaffId: expert._id,
            comment: 'Выписка направлена',
          },
        },
      },
    );

    const answered = await getAsRepresentative(api, own.token, '/appeals?status=answered');
    const card = await getAsRepresentative(api, own.token, `/appeals/${filed[0]!.id}`);

    expect(answered.body.items).toEqual([
      expect.objectContaining({
        id: filed[0]!.id,
        statusLabel: 'Дан ответ',
        expertName: 'Смирнова Ольга Игоревна',
        answerLetterId: String(answerLetterId),
      }),
    ]);
    expect(
      card.body.statusHistory.map((entry: { statusLabel: string; comment: string | null }) => entry),
    ).toEqual([
      expect.objectContaining({ status: 'submitted', comment: null }),
      expect.objectContaining({
        status: 'answered',
        statusLabel: 'Дан ответ',
        comment: 'Выписка направлена',
      }),
    ]);
    expect(card.body.answerLetterId).toBe(String(answerLetterId));
  });

  it('when the journal is filtered by category or paged, then only those appeals come', async () => {
    const byCategory = await getAsRepresentative(api, own.token, '/appeals?category=other');
    const secondPage = await getAsRepresentative(api, own.token, '/appeals?perPage=2&page=2');
    const badFilter = await getAsRepresentative(api, own.token, '/appeals?status=lost');

    expect(byCategory.body.items.map((item: { id: string }) => item.id)).toEqual([filed[1]!.id]);
    expect(secondPage.body).toMatchObject({ total: 3, page: 2, perPage: 2, items: [{ id: filed[0]!.id }] });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body.errors).toEqual([{ path: 'status', message: 'Неизвестный статус обращения' }]);
  });

  it('when another member’s representative asks for the appeal or its file, then 404 as if there were none', async () => {
    const { id, fileId } = filed[1]!;

    const journal = await getAsRepresentative(api, stranger.token, '/appeals');
    const card = await getAsRepresentative(api, stranger.token, `/appeals/${id}`);
    const file = await downloadAppealFile(api, stranger.token, id, fileId!);
    const missing = await getAsRepresentative(
      api,
      own.token,
      `/appeals/${new Types.ObjectId().toHexString()}`,
    );

    expect(journal.body.total).toBe(0);
    expect([card.status, file.status, missing.status]).toEqual([404, 404, 404]);
    expect(card.body).toMatchObject({ title: 'Не найдено', detail: 'Обращение не найдено.' });
  });

  it('when ids are malformed, then 400', async () => {
    const card = await getAsRepresentative(api, own.token, '/appeals/обращение-1');
    const file = await getAsRepresentative(api, own.token, `/appeals/${filed[0]!.id}/files/../../x`);

    expect(card.status).toBe(400);
    expect(card.body.errors).toEqual([{ path: 'id', message: 'Неверный идентификатор' }]);
    expect([400, 404]).toContain(file.status);
  });

  it('when there is no session, then 401; when a staff member calls, then 403', async () => {
    const staff = await createStaff(api.deps.hasher, 'expert');
    const bearer = `Bearer ${await staffToken(staff)}`;

    const anonymous = await Promise.all([
      request(api.app).get('/api/v1/appeals'),
      request(api.app).get(`/api/v1/appeals/${filed[0]!.id}`),
      request(api.app).get('/api/v1/appeal-categories'),
      request(api.app).post('/api/v1/appeals').field('category', 'other'),
    ]);
    const asStaff = await request(api.app).get('/api/v1/appeals').set('Authorization', bearer);

    expect(anonymous.map((response) => response.status)).toEqual([401, 401, 401, 401]);
    expect(anonymous[3]!.body.title).toBe('Требуется вход');
    expect(asStaff.status).toBe(403);
  });
});
