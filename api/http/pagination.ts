import { z, type ZodType } from 'zod';

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1, 'Номер страницы начинается с 1').default(1),
  perPage: z.coerce.number().int().min(1).max(100, 'Не больше 100 записей на странице').default(20),
});

/** The response shape of every paginated list. */
export const pageOf = <T extends ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    perPage: z.number().int(),
  });
