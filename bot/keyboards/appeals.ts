import { InlineKeyboard } from 'grammy';
import type { Appeal, AppealPage } from '../api/appeals-api.js';
import {
  APPEAL_ELSEWHERE,
  APPEAL_FILE,
  APPEAL_NEW,
  APPEAL_OPEN,
  APPEALS_PAGE,
} from '../callback-data/appeals.js';
import { LETTER_OPEN } from '../callback-data/letters.js';
import { SIMPLE_APPEAL_CATEGORIES } from '../conversations/appeal-form-ids.js';
import { appealsTexts } from '../texts/appeals.js';
import { buttonColumn } from './button-column.js';
import { addPager, withMenuButton } from './navigation.js';

/** A button per appeal, ‹ page ›, «Подать обращение» and the way back to the menu. */
export function appealsKeyboard(appeals: AppealPage, pages: number): InlineKeyboard {
  const keyboard = buttonColumn(
    appeals.items.map((appeal) => [appealsTexts.button(appeal), APPEAL_OPEN.build(appeal.id)] as const),
  );
  addPager(keyboard, APPEALS_PAGE, appeals.page, pages);
  return withMenuButton(keyboard.row().text(appealsTexts.fileNew, APPEAL_NEW.build()));
}

/** Under an appeal: its answer letter when there is one, and back to the journal. */
export function appealKeyboard(appeal: Appeal): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (appeal.answerLetterId)
    keyboard.text(appealsTexts.answerLetter, LETTER_OPEN.build(appeal.answerLetterId)).row();
  return withMenuButton(keyboard.text(appealsTexts.backToAppeals, APPEALS_PAGE.build(1)));
}

/** The simple appeals the bot files, and where the others go. */
export function newAppealKeyboard(): InlineKeyboard {
  const keyboard = buttonColumn([
    ...SIMPLE_APPEAL_CATEGORIES.map(
      (category) => [appealsTexts.categories[category], APPEAL_FILE.build(category)] as const,
    ),
    [appealsTexts.elsewhereButton, APPEAL_ELSEWHERE.build()],
    [appealsTexts.backToAppeals, APPEALS_PAGE.build(1)],
  ]);
  return withMenuButton(keyboard);
}

export const elsewhereKeyboard = () =>
  withMenuButton(new InlineKeyboard().text(appealsTexts.fileNew, APPEAL_NEW.build()));

/** After an appeal is filed: to it, and to the journal. */
export const appealFiledKeyboard = (appealId: string) =>
  withMenuButton(
    new InlineKeyboard()
      .text(appealsTexts.openAppeal, APPEAL_OPEN.build(appealId))
      .row()
      .text(appealsTexts.backToAppeals, APPEALS_PAGE.build(1)),
  );
