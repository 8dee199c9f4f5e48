import type { BotConversation } from '../context.js';
import { appealFormTexts } from '../texts/appeal-forms.js';
import { runAppealForm, type AppealFormSpec } from './run-appeal-form.js';
import { askText } from './text-steps.js';

interface OtherAppeal {
  text: string;
}

/**
 * Regulation §3.1 «Остальные обращения»: a text and files. One that changes the registry must be signed, so the bot
 * files only those that do not (and says so when it asks for the text).
 */
const otherAppealForm: AppealFormSpec<OtherAppeal> = {
  category: 'other',
  parts: {
    text: {
      label: () => appealFormTexts.textLabel,
      async ask(input, values) {
        values.text = await askText(input, appealFormTexts.askText, false);
      },
    },
  },
  summary: (values) => [appealFormTexts.summaryText(appealFormTexts.textLabel, values.text)],
  appeal: ({ text }) => ({ text, details: { registryChange: false } }),
};

export async function fileOtherAppeal(conversation: BotConversation): Promise<void> {
  await runAppealForm(conversation, otherAppealForm);
}
