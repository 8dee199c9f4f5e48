import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { FeedbackModel } from '../../../api/domain/feedback/feedback.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import { signedInRepresentative } from './appeal-client.js';

describe('POST /feedback (regulation §3.3)', () => {
  const api = useTestApi();

  const send = (token: string | null, body: object) => {
    const req = request(api.app).post('/api/v1/feedback');
    if (token) req.set('Authorization', `Bearer ${token}`);
    return req.send(body);
  };

  it('when a representative writes about the cabinet, then 201 and the remark is kept with its topic for the staff', async () => {
    const { member, representative, token } = await signedInRepresentative(api);

    const response = await send(token, {
      topic: 'Обращения',
      text: 'Хорошо бы видеть срок ответа в списке обращений.',
    });

    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      createdAt: expect.any(String),
      message: 'Спасибо! Ваш отзыв передан сотрудникам СРО.',
    });
    const kept = await FeedbackModel.findById(response.body.id).lean();
    expect(kept).toMatchObject({
      memberId: member._id,
      representativeId: representative._id,
      text: 'Тема: Обращения\n\nХорошо бы видеть срок ответа в списке обращений.',
    });
  });

  it('when the text is too short or too long, then 400 with a Russian message', async () => {
    const { token } = await signedInRepresentative(api);

    const short = await send(token, { text: 'Спасибо' });
    const long = await send(token, { text: 'а'.repeat(3001) });

    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([{ path: 'text', message: 'Отзыв — не короче 10 знаков' }]);
    expect(long.body.errors).toEqual([{ path: 'text', message: 'Отзыв — не длиннее 3000 знаков' }]);
  });

  it('when there is no session, then 401 and nothing is kept', async () => {
    const before = await FeedbackModel.countDocuments();

    const response = await send(null, { text: 'Анонимное сообщение о работе кабинета' });

    expect(response.status).toBe(401);
    expect(await FeedbackModel.countDocuments()).toBe(before);
  });
});
