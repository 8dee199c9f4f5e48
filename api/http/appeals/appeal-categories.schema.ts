import { z } from 'zod';
import { APPEAL_DETAIL_FIELD_TYPES } from '../../domain/appeals/appeal-category-catalog.js';
import { APPEAL_CATEGORIES } from '../../domain/appeals/appeal-category.js';

const detailFieldSchema = z
  .object({
    name: z.string(),
    label: z.string(),
    type: z.enum(APPEAL_DETAIL_FIELD_TYPES),
    required: z.boolean(),
    options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    maxLength: z.number().int().optional(),
  })
  .meta({ id: 'AppealDetailField' });

/** The catalog GET /appeal-categories answers with (appeal-category-catalog.ts). */
export const appealCategoryListSchema = z
  .object({
    items: z.array(
      z
        .object({
          category: z.enum(APPEAL_CATEGORIES),
          title: z.string(),
          shortTitle: z.string(),
          signatureRequired: z.boolean(),
          signatureRequiredIf: z.string().nullable().meta({
            description: 'Поле сведений, при значении true которого подпись всё-таки нужна',
          }),
          botAllowed: z.boolean(),
          fields: z.array(detailFieldSchema),
        })
        .meta({ id: 'AppealCategory' }),
    ),
  })
  .meta({ id: 'AppealCategoryList' });
