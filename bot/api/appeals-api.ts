import { FormData } from 'undici';
import type { z } from 'zod';
import type { appealCategoryListSchema } from '../../api/http/appeals/appeal-categories.schema.js';
import type { memberAppealPageSchema, memberAppealSchema } from '../../api/http/appeals/appeals.schema.js';
import type { BotContext } from '../context.js';
import { accountRequest } from './account-request.js';

export type AppealPage = z.infer<typeof memberAppealPageSchema>;
export type AppealSummary = AppealPage['items'][number];
export type Appeal = z.infer<typeof memberAppealSchema>;
export type AppealCategory = Appeal['category'];
/** A category as the API describes it: its details (with labels and choices), signature and whether the bot files it. */
export type AppealCategoryEntry = z.infer<typeof appealCategoryListSchema>['items'][number];
export type AppealDetailField = AppealCategoryEntry['fields'][number];

/** A file to attach, already fetched from Telegram. */
interface AppealUpload {
  filename: string;
  data: Uint8Array;
}

export interface NewAppeal {
  category: AppealCategory;
  text: string;
  /** The details the category asks for (GET /appeal-categories), e.g. { copies: 2, delivery: 'electronic' }. */
  details: Record<string, unknown>;
  files: AppealUpload[];
}

/** Appeals on one screen of the bot. */
export const APPEALS_PER_PAGE = 5;

function appealForm(appeal: NewAppeal): FormData {
  const form = new FormData();
  form.set('category', appeal.category);
  form.set('text', appeal.text);
  form.set('details', JSON.stringify(appeal.details));
  for (const file of appeal.files) form.append('files', new Blob([file.data]), file.filename);
  return form;
}

/** The current member's appeals to the SRO, as its representative. */
export const appealsApi = {
  /** What each category asks for; its labels and choices are the API's, so the bot and the API never drift apart. */
  async category(ctx: BotContext, category: AppealCategory): Promise<AppealCategoryEntry | undefined> {
    const catalog = await accountRequest<{ items: AppealCategoryEntry[] }>(ctx, '/appeal-categories');
    return catalog.items.find((entry) => entry.category === category);
  },
  /** The journal, newest first. */
  page: (ctx: BotContext, page: number) =>
    accountRequest<AppealPage>(ctx, '/appeals', { query: { page, perPage: APPEALS_PER_PAGE } }),
  /** An appeal with its status history and the answer letter, if any. */
  get: (ctx: BotContext, appealId: string) =>
    accountRequest<Appeal>(ctx, `/appeals/${encodeURIComponent(appealId)}`),
  /**
   * Files an appeal. A repeat with the same idempotency key answers the appeal filed first instead of filing it
   * again, so a retry after a crash or a lost answer is safe.
   */
  file: (ctx: BotContext, appeal: NewAppeal, idempotencyKey: string) =>
    accountRequest<Appeal>(ctx, '/appeals', {
      method: 'POST',
      form: appealForm(appeal),
      headers: { 'idempotency-key': idempotencyKey },
    }),
};
