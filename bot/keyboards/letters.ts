import { InlineKeyboard } from 'grammy';
import type { Letter, LetterPage } from '../api/letters-api.js';
import { APPEAL_OPEN } from '../callback-data/appeals.js';
import { LETTER_OPEN, LETTERS_PAGE } from '../callback-data/letters.js';
import { lettersTexts } from '../texts/letters.js';
import { buttonColumn } from './button-column.js';
import { addPager, withMenuButton } from './navigation.js';

/** A button per letter, ‹ page › and the way back to the menu. */
export function lettersKeyboard(letters: LetterPage, pages: number): InlineKeyboard {
  const keyboard = buttonColumn(
    letters.items.map((letter) => [lettersTexts.button(letter), LETTER_OPEN.build(letter.id)] as const),
  );
  return withMenuButton(addPager(keyboard, LETTERS_PAGE, letters.page, pages));
}

/** Under an opened letter: back to the list, and to the appeal it answers. */
export function letterKeyboard(letter: Letter): InlineKeyboard {
  const keyboard = new InlineKeyboard().text(lettersTexts.backToLetters, LETTERS_PAGE.build(1));
  if (letter.appealId) keyboard.text(lettersTexts.toAppeal, APPEAL_OPEN.build(letter.appealId));
  return withMenuButton(keyboard);
}
