import { z } from 'zod';

export const objectIdSchema = z
  .string()
  .regex(/^[0-9a-fA-F]{24}$/, 'Неверный идентификатор')
  .toLowerCase();

export const idParamsSchema = z.object({ id: objectIdSchema });
