import { leaveFeedback } from '../../domain/feedback/leave-feedback.use-case.js';
import type { ApiRouter } from '../api-router.js';
import { idOf, iso } from '../shared/json.js';
import { feedbackBodySchema, feedbackReceiptSchema } from './feedback.schema.js';

export function registerFeedbackRoutes(api: ApiRouter): void {
  api.add(
    {
      method: 'post',
      path: '/feedback',
      summary: 'Обратная связь: замечание или предложение о работе личного кабинета (п. 3.3 Регламента)',
      tags: ['Обратная связь'],
      auth: 'representative',
      body: feedbackBodySchema,
      responses: { 201: { description: 'Отзыв принят', schema: feedbackReceiptSchema } },
    },
    async ({ auth, body, res }) => {
      const feedback = await leaveFeedback({
        memberId: auth.memberId,
        representativeId: auth.representativeId,
        ...body,
      });
      res.status(201).json({
        id: idOf(feedback._id),
        createdAt: iso(feedback.createdAt),
        message: 'Спасибо! Ваш отзыв передан сотрудникам СРО.',
      });
    },
  );
}
