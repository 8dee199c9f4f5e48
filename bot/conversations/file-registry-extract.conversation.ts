import type { BotConversation } from '../context.js';
import { appealFormTexts } from '../texts/appeal-forms.js';
import { askChoice, askInteger } from './choice-steps.js';
import { detailField, detailLine, optionLabel } from './detail-field.js';
import { runAppealForm, type AppealFormSpec } from './run-appeal-form.js';
import { askText } from './text-steps.js';

interface RegistryExtract {
  copies: number;
  delivery: string;
  comment: string;
}

const QUICK_COPIES = [1, 2, 3];

/** Regulation §3.1 «Заказать выписку из реестра членов СРО»: copies, delivery, a free text, files. */
const registryExtractForm: AppealFormSpec<RegistryExtract> = {
  category: 'registry_extract',
  parts: {
    copies: {
      label: (entry) => detailField(entry, 'copies').label,
      async ask(input, values, entry) {
        const field = detailField(entry, 'copies');
        const question = appealFormTexts.askCopies(field.min ?? 1, field.max ?? 1);
        values.copies = await askInteger(input, question, field, QUICK_COPIES);
      },
    },
    delivery: {
      label: (entry) => detailField(entry, 'delivery').label,
      async ask(input, values, entry) {
        values.delivery = await askChoice(input, appealFormTexts.askDelivery, detailField(entry, 'delivery'));
      },
    },
    comment: {
      label: () => appealFormTexts.commentLabel,
      async ask(input, values) {
        values.comment = await askText(input, appealFormTexts.askComment, true);
      },
    },
  },
  summary(values, entry) {
    const delivery = detailField(entry, 'delivery');
    return [
      detailLine(detailField(entry, 'copies'), values.copies),
      detailLine(delivery, optionLabel(delivery, values.delivery)),
      appealFormTexts.summaryText(appealFormTexts.commentLabel, values.comment),
    ];
  },
  appeal: ({ copies, delivery, comment }) => ({ text: comment, details: { copies, delivery } }),
};

export async function fileRegistryExtract(conversation: BotConversation): Promise<void> {
  await runAppealForm(conversation, registryExtractForm);
}
