import { z } from 'zod';
import { APPEAL_CATEGORY_INFO, type AppealCategory, type AppealCategoryInfo } from './appeal-category.js';
import { appealDetailsSchema } from './appeal-details.schema.js';
import {
  APPEAL_DETAIL_LABELS,
  APPEAL_DETAIL_OPTION_LABELS,
  type AppealDetailName,
} from './appeal-detail-labels.js';

export const APPEAL_DETAIL_FIELD_TYPES = ['text', 'integer', 'boolean', 'date', 'choice', 'choices'] as const;
export type AppealDetailFieldType = (typeof APPEAL_DETAIL_FIELD_TYPES)[number];

/** One detail of a category as a form shows it; derived from the zod schema that checks it, so they cannot drift. */
export interface AppealDetailField {
  name: string;
  label: string;
  type: AppealDetailFieldType;
  required: boolean;
  options?: { value: string; label: string }[];
  min?: number;
  max?: number;
  maxLength?: number;
}

export interface AppealCategoryEntry extends AppealCategoryInfo {
  category: AppealCategory;
  fields: AppealDetailField[];
}

interface JsonProperty {
  type?: string;
  format?: string;
  enum?: string[];
  items?: { enum?: string[] };
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

/** Dates arrive as strings turned into Date by z.preprocess, which JSON Schema cannot show by itself. */
function markDates({
  zodSchema,
  jsonSchema,
}: {
  zodSchema: z.core.$ZodTypes;
  jsonSchema: Record<string, unknown>;
}) {
  const def = zodSchema._zod.def as { type: string; out?: z.core.$ZodType };
  if (def.type === 'pipe' && def.out?._zod.def.type === 'date')
    Object.assign(jsonSchema, { type: 'string', format: 'date' });
}

function fieldType(property: JsonProperty): AppealDetailFieldType {
  if (property.type === 'array') return 'choices';
  if (property.enum) return 'choice';
  if (property.format === 'date') return 'date';
  if (property.type === 'integer' || property.type === 'boolean') return property.type;
  return 'text';
}

function toField(name: string, property: JsonProperty, required: boolean): AppealDetailField {
  const values = property.enum ?? property.items?.enum;
  const optionLabels = APPEAL_DETAIL_OPTION_LABELS[name as AppealDetailName] ?? {};
  return {
    name,
    label: APPEAL_DETAIL_LABELS[name as AppealDetailName],
    type: fieldType(property),
    required,
    ...(values && { options: values.map((value) => ({ value, label: optionLabels[value] ?? value })) }),
    ...(property.minimum !== undefined && { min: property.minimum }),
    ...(property.maximum !== undefined && { max: property.maximum }),
    ...(property.maxLength !== undefined && { maxLength: property.maxLength }),
  };
}

function detailFields(details: z.ZodType): AppealDetailField[] {
  const json = z.toJSONSchema(details, { io: 'input', unrepresentable: 'any', override: markDates }) as {
    properties?: Record<string, JsonProperty>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) =>
    toField(name, property, json.required?.includes(name) ?? false),
  );
}

/** The eight categories of regulation §3.1 with what each asks for, whether it is signed and whether the bot files it. */
export const APPEAL_CATEGORY_CATALOG: readonly AppealCategoryEntry[] = appealDetailsSchema.options.map(
  (option) => {
    const category = option.shape.category.value;
    return { category, ...APPEAL_CATEGORY_INFO[category], fields: detailFields(option.shape.details) };
  },
);
