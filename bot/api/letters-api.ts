import type { z } from 'zod';
import type { letterPageSchema, letterSchema } from '../../api/http/cabinet/letters.schema.js';
import type { BotContext } from '../context.js';
import { accountDownload, accountRequest } from './account-request.js';

export type LetterPage = z.infer<typeof letterPageSchema>;
export type LetterBrief = LetterPage['items'][number];
export type Letter = z.infer<typeof letterSchema>;
export type LetterAttachment = Letter['attachments'][number];

/** Letters on one screen of the bot: few enough for a phone. */
export const LETTERS_PER_PAGE = 5;

const letterPath = (letterId: string) => `/cabinet/letters/${encodeURIComponent(letterId)}`;

/** The current member's correspondence with the SRO, as its representative. */
export const lettersApi = {
  /** Letters from the SRO not read yet first, newest first within each part. */
  page: (ctx: BotContext, page: number) =>
    accountRequest<LetterPage>(ctx, '/cabinet/letters', {
      query: { page, perPage: LETTERS_PER_PAGE, order: 'unread_first' },
    }),
  /** A letter with its text and files; the API marks a letter from the SRO read when it is first opened. */
  read: (ctx: BotContext, letterId: string) => accountRequest<Letter>(ctx, letterPath(letterId)),
  /** The content of a letter's file, streamed from the API. */
  file: (ctx: BotContext, letterId: string, fileId: string) =>
    accountDownload(ctx, `${letterPath(letterId)}/attachments/${encodeURIComponent(fileId)}`),
};
