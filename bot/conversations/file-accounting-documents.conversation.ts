import type { BotConversation } from '../context.js';
import { appealFormTexts } from '../texts/appeal-forms.js';
import { askChoices } from './choice-steps.js';
import { detailField, detailLine, optionLabel } from './detail-field.js';
import { runAppealForm, type AppealFormSpec } from './run-appeal-form.js';
import { askDate, askText, russianDate } from './text-steps.js';

interface AccountingDocuments {
  documents: string[];
  /** ГГГГ-ММ-ДД */
  periodFrom: string;
  periodTo: string;
  comment: string;
}

/** Regulation §3.1 «Запросить бухгалтерские документы»: which documents, for which period, a free text, files. */
const accountingDocumentsForm: AppealFormSpec<AccountingDocuments> = {
  category: 'accounting_documents',
  parts: {
    documents: {
      label: (entry) => detailField(entry, 'documents').label,
      async ask(input, values, entry) {
        values.documents = await askChoices(
          input,
          appealFormTexts.askDocuments,
          detailField(entry, 'documents'),
        );
      },
    },
    period: {
      label: () => appealFormTexts.periodLabel,
      async ask(input, values) {
        values.periodFrom = await askDate(input, appealFormTexts.askPeriodFrom);
        values.periodTo = await askDate(input, appealFormTexts.askPeriodTo, values.periodFrom);
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
    const documents = detailField(entry, 'documents');
    return [
      detailLine(documents, values.documents.map((value) => optionLabel(documents, value)).join(', ')),
      appealFormTexts.period(russianDate(values.periodFrom), russianDate(values.periodTo)),
      appealFormTexts.summaryText(appealFormTexts.commentLabel, values.comment),
    ];
  },
  appeal: ({ documents, periodFrom, periodTo, comment }) => ({
    text: comment,
    details: { documents, periodFrom, periodTo },
  }),
};

export async function fileAccountingDocuments(conversation: BotConversation): Promise<void> {
  await runAppealForm(conversation, accountingDocumentsForm);
}
