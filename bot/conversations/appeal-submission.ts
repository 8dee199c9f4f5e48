import { randomUUID } from 'node:crypto';
import { appealsApi, type AppealCategoryEntry, type NewAppeal } from '../api/appeals-api.js';
import type { BotContext } from '../context.js';
import { currentAccount } from '../linked-accounts.js';
import { appealFormTexts } from '../texts/appeal-forms.js';
import type { SimpleAppealCategory } from './appeal-form-ids.js';
import { FormProblem } from './form-call.js';
import { downloadSentFile, type SentFile } from './telegram-file.js';

/** What a form keeps from its start: what the API asks for, on whose behalf, and the key that files it only once. */
export interface FormStart {
  entry: AppealCategoryEntry | undefined;
  memberId: string;
  memberName: string;
  /** Made once per form and kept with the conversation: a repeated sending (after a crash) files nothing new. */
  idempotencyKey: string;
}

/** Reads the category from the API, which also checks that the current account is served (refusals show at once). */
export async function startForm(outer: BotContext, category: SimpleAppealCategory): Promise<FormStart> {
  const entry = await appealsApi.category(outer, category);
  // the call above went through as the current account, so there is one
  const account = currentAccount(outer.session)!;
  return {
    entry,
    memberId: account.memberId,
    memberName: account.memberName,
    idempotencyKey: `bot-${randomUUID()}`,
  };
}

/** Fetches the files from Telegram and files the appeal as the member the form was started for. */
export async function submitAppeal(
  outer: BotContext,
  start: FormStart,
  appeal: Omit<NewAppeal, 'files'>,
  files: SentFile[],
): Promise<{ id: string; registrationNumber: string }> {
  if (currentAccount(outer.session)?.memberId !== start.memberId) {
    throw new FormProblem(appealFormTexts.accountChanged(start.memberName));
  }
  const uploads = [];
  for (const file of files)
    uploads.push({ filename: file.filename, data: await downloadSentFile(outer.api, file) });
  const filed = await appealsApi.file(outer, { ...appeal, files: uploads }, start.idempotencyKey);
  return { id: filed.id, registrationNumber: filed.registrationNumber };
}
