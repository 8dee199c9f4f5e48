import { InlineKeyboard, type Context } from 'grammy';
import type { AppealDetailField } from '../api/appeals-api.js';
import { FORM_CHOICE, FORM_DONE } from '../callback-data/appeals.js';
import { appealFormTexts, formButtons } from '../texts/appeal-forms.js';
import { buttonColumn } from '../keyboards/button-column.js';
import type { FormInput } from './form-input.js';

const choiceOf = (answer: Context) => FORM_CHOICE.pattern.exec(answer.callbackQuery?.data ?? '')?.[1];

const optionsOf = (field: AppealDetailField) => field.options ?? [];

/** A whole number within the detail's bounds, typed or picked from a few buttons. */
export function askInteger(
  input: FormInput,
  question: string,
  field: AppealDetailField,
  shortcuts: number[],
) {
  const min = field.min ?? 1;
  const max = field.max ?? 999;
  const keyboard = new InlineKeyboard();
  for (const number of shortcuts) keyboard.text(String(number), FORM_CHOICE.build(number));
  return input.ask<number>(question, keyboard, (answer) => {
    const typed = (choiceOf(answer) ?? answer.message?.text ?? '').trim();
    const number = Number(typed);
    if (!/^\d{1,4}$/.test(typed) || number < min || number > max) {
      return { retry: appealFormTexts.badNumber(field.label, min, max) };
    }
    return { value: number };
  });
}

/** One of the detail's choices, by its button. */
export function askChoice(input: FormInput, question: string, field: AppealDetailField): Promise<string> {
  const keyboard = buttonColumn(
    optionsOf(field).map((option) => [option.label, FORM_CHOICE.build(option.value)] as const),
  );
  return input.ask<string>(question, keyboard, (answer) => {
    const value = choiceOf(answer);
    const known = optionsOf(field).some((option) => option.value === value);
    return known ? { value: value! } : { retry: appealFormTexts.pickButton };
  });
}

/** Several of the detail's choices: each button toggles its mark, «Готово» ends the step. */
export function askChoices(input: FormInput, question: string, field: AppealDetailField): Promise<string[]> {
  const chosen = new Set<string>();
  const keyboard = () => {
    const marked = optionsOf(field).map(
      ({ value, label }) =>
        [`${chosen.has(value) ? '✅' : '▫️'} ${label}`, FORM_CHOICE.build(value)] as const,
    );
    return buttonColumn(marked).row().text(formButtons.done, FORM_DONE.build());
  };
  return input.ask<string[]>(question, keyboard, async (answer) => {
    if (answer.callbackQuery?.data === FORM_DONE.build()) {
      const values = optionsOf(field)
        .map(({ value }) => value)
        .filter((value) => chosen.has(value));
      return values.length > 0 ? { value: values } : { retry: appealFormTexts.nothingChosen };
    }
    const value = choiceOf(answer);
    if (!value || !optionsOf(field).some((option) => option.value === value)) {
      return { retry: appealFormTexts.pickButton };
    }
    if (!chosen.delete(value)) chosen.add(value);
    await input.redraw(keyboard());
    return { stay: true };
  });
}
