import type { AppealCategoryEntry, AppealDetailField } from '../api/appeals-api.js';
import { escapeHtml } from '../texts/format.js';

/** A detail of the category as the API describes it (label, choices, bounds); the forms are built from these. */
export function detailField(entry: AppealCategoryEntry, name: string): AppealDetailField {
  const field = entry.fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`the API describes no detail "${name}" of the category ${entry.category}`);
  return field;
}

/** The Russian label of a chosen value. */
export const optionLabel = (field: AppealDetailField, value: string) =>
  field.options?.find((option) => option.value === value)?.label ?? value;

/** «Способ получения: Бумажный экземпляр в офисе СРО» — a line of a summary (HTML). */
export const detailLine = (field: AppealDetailField, shown: string | number) =>
  `${escapeHtml(field.label)}: ${escapeHtml(String(shown))}`;
