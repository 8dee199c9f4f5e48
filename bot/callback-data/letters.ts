import { callbackFamily } from './callback-data.js';

/** Buttons of the letters screens; each carries what its click needs, so it still works after a restart. */
export const LETTERS_PAGE = callbackFamily('letters:page', 1);
export const LETTER_OPEN = callbackFamily('letter:open', 1);
/** The button on a push about a new letter (sent by the jobs). */
export const LETTER_PUSH = callbackFamily('letter', 1);

export const lettersPageData = (page: number) => LETTERS_PAGE.build(page);
