import { AccountRefusedError, NotLinkedError } from '../api/account-request.js';
import type { AppealCategoryEntry } from '../api/appeals-api.js';
import type { BotConversation } from '../context.js';
import { appealFiledKeyboard, elsewhereKeyboard } from '../keyboards/appeals.js';
import { menuButtonOnly } from '../keyboards/navigation.js';
import { appealFormTexts } from '../texts/appeal-forms.js';
import { appealsTexts } from '../texts/appeals.js';
import { commonTexts } from '../texts/common.js';
import { escapeHtml } from '../texts/format.js';
import type { SimpleAppealCategory } from './appeal-form-ids.js';
import { startForm, submitAppeal, type FormStart } from './appeal-submission.js';
import { attachFiles } from './attach-files.step.js';
import { formCall } from './form-call.js';
import { FormCancelled, FormExhausted, FormInput, FormLeft } from './form-input.js';
import { review, type EditablePart } from './review.step.js';
import type { SentFile } from './telegram-file.js';

/** One part of a form: asks for its answer(s) and puts them into `values`. */
export interface FormPart<V> {
  label(entry: AppealCategoryEntry): string;
  ask(input: FormInput, values: Partial<V>, entry: AppealCategoryEntry): Promise<void>;
}

/** A simple appeal's form: its parts in the order asked, its summary and what the API takes from it. */
export interface AppealFormSpec<V> {
  category: SimpleAppealCategory;
  parts: Record<string, FormPart<V>>;
  /** Lines of the summary (HTML), the organization and the files aside. */
  summary(values: V, entry: AppealCategoryEntry): string[];
  appeal(values: V): { text: string; details: Record<string, unknown> };
}

const FILES_PART = 'files';

const filesLine = (files: SentFile[]) => appealFormTexts.summaryFiles(files.map((file) => file.filename));

async function fillAndSend<V>(conversation: BotConversation, input: FormInput, spec: AppealFormSpec<V>) {
  const started = await formCall(
    conversation,
    (outer) => startForm(outer, spec.category),
    commonTexts.failure,
  );
  if (!started.ok) return input.tell(escapeHtml(started.detail), menuButtonOnly());
  const start: FormStart = started.value;
  const entry = start.entry;
  if (!entry?.botAllowed) return input.tell(appealsTexts.elsewhere, elsewhereKeyboard());

  const title = appealFormTexts.titles[spec.category];
  await input.tell(appealFormTexts.intro(title, start.memberName));
  const values: Partial<V> = {};
  for (const part of Object.values(spec.parts)) await part.ask(input, values, entry);
  let files = await attachFiles(input);
  // every part has been asked above, so the values are complete from here on
  const complete = () => values as V;
  const parts: EditablePart[] = [
    ...Object.entries(spec.parts).map(([key, part]) => ({ key, label: part.label(entry) })),
    { key: FILES_PART, label: appealFormTexts.filesField },
  ];
  // Each turn takes the user's updates, which the form's budget bounds (FormInput).
  for (;;) {
    const summary = appealFormTexts.summary(
      title,
      start.memberName,
      spec.summary(complete(), entry),
      filesLine(files),
    );
    const decision = await review(input, summary, parts);
    if (decision === null) continue;
    if ('change' in decision) {
      if (decision.change === FILES_PART) files = await attachFiles(input);
      else await spec.parts[decision.change]!.ask(input, values, entry);
      continue;
    }
    const appeal = { category: spec.category, ...spec.appeal(complete()) };
    const sent = await formCall(
      conversation,
      (outer) => submitAppeal(outer, start, appeal, files),
      appealFormTexts.noAnswer,
    );
    if (sent.ok)
      return input.tell(
        appealFormTexts.sent(sent.value.registrationNumber),
        appealFiledKeyboard(sent.value.id),
      );
    await input.tell((sent.uncertain ? appealFormTexts.notConfirmed : appealFormTexts.notSent)(sent.detail));
  }
}

/** However the form ends, the chat is left free: cancelled, abandoned, refused or failed, the user is told. */
async function endForm(conversation: BotConversation, input: FormInput, error: unknown): Promise<void> {
  if (error instanceof FormCancelled) return input.tell(appealFormTexts.cancelled, menuButtonOnly());
  if (error instanceof FormExhausted) return input.tell(appealFormTexts.exhausted, menuButtonOnly());
  if (error instanceof FormLeft) {
    await input.tell(appealFormTexts.left);
    // the command or button that led elsewhere is then handled as usual
    return conversation.halt({ next: true });
  }
  // the bot's refusal handler answers these (and forgets an ended account)
  if (error instanceof AccountRefusedError || error instanceof NotLinkedError) throw error;
  await conversation.external((outer) => outer.log.error({ err: error }, 'an appeal form failed'));
  await input.tell(appealFormTexts.failed, menuButtonOnly());
}

/** Runs a simple appeal's form from the first question to the registration number. */
export async function runAppealForm<V>(
  conversation: BotConversation,
  spec: AppealFormSpec<V>,
): Promise<void> {
  const input = new FormInput(conversation);
  try {
    await fillAndSend(conversation, input, spec);
  } catch (error) {
    await endForm(conversation, input, error);
  }
}
