import { InlineKeyboard } from 'grammy';
import { FORM_BACK, FORM_EDIT, FORM_FIELD, FORM_SEND } from '../callback-data/appeals.js';
import { appealFormTexts, formButtons } from '../texts/appeal-forms.js';
import { buttonColumn } from '../keyboards/button-column.js';
import type { FormInput } from './form-input.js';

/** What the user can change from the summary: a part of the form by its key, with its label. */
export interface EditablePart {
  key: string;
  label: string;
}

/** What to do after the summary: send, change a part (its key), or nothing yet (back from «Изменить»). */
export type ReviewDecision = { send: true } | { change: string } | null;

const summaryKeyboard = () =>
  new InlineKeyboard().text(formButtons.send, FORM_SEND.build()).text(formButtons.edit, FORM_EDIT.build());

const partsKeyboard = (parts: EditablePart[]) =>
  buttonColumn([
    ...parts.map((part) => [part.label, FORM_FIELD.build(part.key)] as const),
    [formButtons.back, FORM_BACK.build()],
  ]);

/** The summary with «Отправить» / «Изменить» / «Отмена»; «Изменить» asks which part. */
export async function review(
  input: FormInput,
  summary: string,
  parts: EditablePart[],
): Promise<ReviewDecision> {
  const decision = await input.ask<string>(summary, summaryKeyboard(), (answer) => {
    const data = answer.callbackQuery?.data;
    if (data === FORM_SEND.build() || data === FORM_EDIT.build()) return { value: data };
    return { retry: appealFormTexts.pickDecision };
  });
  if (decision === FORM_SEND.build()) return { send: true };
  return input.ask<ReviewDecision>(appealFormTexts.whatToEdit, partsKeyboard(parts), (answer) => {
    const data = answer.callbackQuery?.data ?? '';
    if (data === FORM_BACK.build()) return { value: null };
    const key = FORM_FIELD.pattern.exec(data)?.[1];
    const known = parts.some((part) => part.key === key);
    return known ? { value: { change: key! } } : { retry: appealFormTexts.pickButton };
  });
}
