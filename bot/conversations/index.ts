import { createConversation } from '@grammyjs/conversations';
import type { Context, MiddlewareFn } from 'grammy';
import type { BotContext } from '../context.js';
import { APPEAL_FORM_CONVERSATIONS } from './appeal-form-ids.js';
import { fileAccountingDocuments } from './file-accounting-documents.conversation.js';
import { fileOtherAppeal } from './file-other-appeal.conversation.js';
import { fileRegistryExtract } from './file-registry-extract.conversation.js';

/** A form left unanswered this long steps aside for whatever the user does next (and files nothing). */
const APPEAL_FORM_TIMEOUT_MS = 24 * 60 * 60_000;

const form = (builder: typeof fileOtherAppeal, id: string) =>
  createConversation<BotContext, Context>(builder, { id, maxMillisecondsToWait: APPEAL_FORM_TIMEOUT_MS });

/** The conversations of the correspondence features, for the bot to register after the conversations plugin. */
export const correspondenceConversations: MiddlewareFn<BotContext>[] = [
  form(fileRegistryExtract, APPEAL_FORM_CONVERSATIONS.registry_extract),
  form(fileAccountingDocuments, APPEAL_FORM_CONVERSATIONS.accounting_documents),
  form(fileOtherAppeal, APPEAL_FORM_CONVERSATIONS.other),
];
