import { z } from 'zod';

export const objectIdSchema = z.string().regex(/^[\da-f]{24}$/i, 'Неверный идентификатор');

export const idParamsSchema = z.object({ id: objectIdSchema });
