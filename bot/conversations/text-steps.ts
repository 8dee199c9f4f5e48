import { InlineKeyboard } from 'grammy';
import { FORM_SKIP } from '../callback-data/appeals.js';
import { appealFormTexts, formButtons } from '../texts/appeal-forms.js';
import type { FormInput } from './form-input.js';

const RUSSIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** ДД.ММ.ГГГГ → ГГГГ-ММ-ДД for the API; null unless it is a real date of this or the last century. */
function parseRussianDate(text: string): string | null {
  const match = RUSSIAN_DATE.exec(text.trim());
  if (!match) return null;
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCDate() === day && date.getUTCMonth() === month - 1 && year >= 1900 && year < 2100;
  return real ? date.toISOString().slice(0, 10) : null;
}

/** ГГГГ-ММ-ДД as the user typed it: ДД.ММ.ГГГГ. */
export const russianDate = (isoDate: string) => isoDate.split('-').reverse().join('.');

/** A text typed as one message (Telegram keeps it within 4096 characters, under the API's 5000); optional: «Пропустить». */
export function askText(input: FormInput, question: string, optional: boolean): Promise<string> {
  const keyboard = optional ? new InlineKeyboard().text(formButtons.skip, FORM_SKIP.build()) : undefined;
  return input.ask<string>(question, keyboard, (answer) => {
    if (optional && answer.callbackQuery?.data === FORM_SKIP.build()) return { value: '' };
    const text = answer.message?.text?.trim();
    return text ? { value: text } : { retry: appealFormTexts.textExpected };
  });
}

/** A date typed as ДД.ММ.ГГГГ, not before `notBefore` (ГГГГ-ММ-ДД) when given. */
export function askDate(input: FormInput, question: string, notBefore?: string): Promise<string> {
  return input.ask<string>(question, undefined, (answer) => {
    const date = parseRussianDate(answer.message?.text ?? '');
    if (!date) return { retry: appealFormTexts.badDate };
    if (notBefore && date < notBefore)
      return { retry: appealFormTexts.periodReversed(russianDate(notBefore)) };
    return { value: date };
  });
}
