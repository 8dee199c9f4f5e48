/** The simple appeals the bot files, each by its own conversation (the API's `botAllowed` categories). */
export const APPEAL_FORM_CONVERSATIONS = {
  registry_extract: 'file-registry-extract',
  accounting_documents: 'file-accounting-documents',
  other: 'file-other-appeal',
} as const;

export type SimpleAppealCategory = keyof typeof APPEAL_FORM_CONVERSATIONS;

export const SIMPLE_APPEAL_CATEGORIES = Object.keys(APPEAL_FORM_CONVERSATIONS) as SimpleAppealCategory[];

export const isSimpleAppealCategory = (category: string): category is SimpleAppealCategory =>
  Object.hasOwn(APPEAL_FORM_CONVERSATIONS, category);
