import { callbackFamily } from './callback-data.js';

/** Buttons of the appeals screens; each carries what its click needs, so it still works after a restart. */
export const APPEALS_PAGE = callbackFamily('appeals:page', 1);
export const APPEAL_OPEN = callbackFamily('appeal:open', 1);
/** The button on a push about an appeal's new status (sent by the jobs). */
export const APPEAL_PUSH = callbackFamily('appeal', 1);
/** The choice of what to file. */
export const APPEAL_NEW = callbackFamily('appeals:new');
/** Starts the filing form of a category the bot files. */
export const APPEAL_FILE = callbackFamily('appeals:file', 1);
/** Where to file what the bot does not take: applications signed with an electronic signature, and the like. */
export const APPEAL_ELSEWHERE = callbackFamily('appeals:elsewhere');

export const appealsPageData = (page: number) => APPEALS_PAGE.build(page);

/**
 * Buttons inside a filing form; they mean something only while its conversation runs, and a click on one after it
 * ended is answered as stale.
 */
export const FORM_PREFIX = 'form:';
export const FORM_ANY = /^form:/;
export const FORM_SEND = callbackFamily('form:send');
export const FORM_EDIT = callbackFamily('form:edit');
export const FORM_BACK = callbackFamily('form:back');
export const FORM_DONE = callbackFamily('form:done');
export const FORM_SKIP = callbackFamily('form:skip');
/** A value of a choice: a number of copies, a way of delivery, a kind of document. */
export const FORM_CHOICE = callbackFamily('form:choice', 1);
/** Which part of the form to change. */
export const FORM_FIELD = callbackFamily('form:field', 1);
