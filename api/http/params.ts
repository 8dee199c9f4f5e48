import { z } from 'zod';

export const objectIdSchema = z.string().regex(/^[0-9a-fA-F]{24}$/, 'Неверный идентификатор');

export const idParamsSchema = z.object({ id: objectIdSchema });
