import { z } from 'zod';
import { dateTimeSchema, idSchema } from '../shared/json.js';

export const feedbackBodySchema = z.object({
  text: z
    .string({ error: 'Напишите отзыв' })
    .trim()
    .min(10, { error: 'Отзыв — не короче 10 знаков' })
    .max(3000, { error: 'Отзыв — не длиннее 3000 знаков' }),
  topic: z
    .string({ error: 'Тема — строка' })
    .trim()
    .min(1, { error: 'Тема не может быть пустой' })
    .max(100, { error: 'Тема — не длиннее 100 знаков' })
    .optional(),
});

export const feedbackReceiptSchema = z
  .object({ id: idSchema, createdAt: dateTimeSchema, message: z.string() })
  .meta({ id: 'FeedbackReceipt' });
