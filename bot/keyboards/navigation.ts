import { InlineKeyboard } from 'grammy';
import type { CallbackFamily } from '../callback-data/callback-data.js';
import { CANCEL, MENU, NOOP } from '../callback-data/core.js';
import { buttons, commonTexts } from '../texts/common.js';

/** Appends the row that leads back to the main menu. */
export const withMenuButton = (keyboard = new InlineKeyboard()) =>
  keyboard.row().text(buttons.mainMenu, MENU.build());

export const menuButtonOnly = () => withMenuButton();

export const cancelKeyboard = () => new InlineKeyboard().text(buttons.cancel, CANCEL.build());

export const pageCount = (total: number, perPage: number) => Math.max(1, Math.ceil(total / perPage));

/** ‹ 2 из 5 › — arrows only where there is somewhere to go; nothing at all for a single page. */
export function addPager(keyboard: InlineKeyboard, family: CallbackFamily, page: number, pages: number) {
  if (pages <= 1) return keyboard;
  keyboard.row();
  if (page > 1) keyboard.text(buttons.previous, family.build(page - 1));
  keyboard.text(commonTexts.pageCounter(page, pages), NOOP.build());
  if (page < pages) keyboard.text(buttons.next, family.build(page + 1));
  return keyboard;
}
