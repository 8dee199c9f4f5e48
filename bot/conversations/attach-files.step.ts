import { InlineKeyboard } from 'grammy';
import { FORM_DONE } from '../callback-data/appeals.js';
import { appealFormTexts, formButtons } from '../texts/appeal-forms.js';
import type { FormInput } from './form-input.js';
import { MAX_DOWNLOAD_BYTES, sentFile, type SentFile } from './telegram-file.js';

/** As many files as the API takes with one appeal. */
const MAX_FILES = 10;

const megabytes = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
const doneKeyboard = () => new InlineKeyboard().text(formButtons.done, FORM_DONE.build());

/**
 * Documents and photos, optional: each is acknowledged, one Telegram will not give the bot (over 20 MB) is refused
 * plainly and the user goes on; «Готово» ends the step.
 */
export async function attachFiles(input: FormInput): Promise<SentFile[]> {
  const files: SentFile[] = [];
  await input.ask(appealFormTexts.askFiles(MAX_FILES), doneKeyboard, async (answer) => {
    if (answer.callbackQuery?.data === FORM_DONE.build()) return { value: true };
    const file = sentFile(answer.message, files.length + 1);
    if (!file) return { retry: appealFormTexts.fileExpected };
    if (file.size !== null && file.size > MAX_DOWNLOAD_BYTES) {
      const size = megabytes.format(file.size / (1024 * 1024));
      await input.say(appealFormTexts.fileTooBig(file.filename, size), doneKeyboard());
      return { stay: true };
    }
    files.push(file);
    if (files.length === MAX_FILES) {
      await input.tell(appealFormTexts.filesLimit(MAX_FILES));
      return { value: true };
    }
    await input.say(appealFormTexts.fileAccepted(file.filename, files.length), doneKeyboard());
    return { stay: true };
  });
  return files;
}
