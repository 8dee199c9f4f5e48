import { InlineKeyboard } from 'grammy';
import { appealsPageData } from '../callback-data/appeals.js';
import {
  ACCOUNTS,
  CARD,
  DUES,
  EVENTS_PAGE,
  HELP,
  INSPECTIONS_PAGE,
  INSURANCE_PAGE,
  OBLIGATIONS,
  RIGHTS,
  SETTINGS,
} from '../callback-data/core.js';
import { lettersPageData } from '../callback-data/letters.js';
import { menuTexts } from '../texts/menu.js';

/** Карточка · Права и уровни · Обязательства ОДО · Взносы · Письма · Обращения · … two buttons a row. */
export function mainMenuKeyboard(unreadLetters: number, accounts: number): InlineKeyboard {
  const keyboard = new InlineKeyboard()
    .text(menuTexts.card, CARD.build())
    .text(menuTexts.rights, RIGHTS.build())
    .row()
    .text(menuTexts.obligations, OBLIGATIONS.build())
    .text(menuTexts.dues, DUES.build())
    .row()
    .text(menuTexts.letters(unreadLetters), lettersPageData(1))
    .text(menuTexts.appeals, appealsPageData(1))
    .row()
    .text(menuTexts.inspections, INSPECTIONS_PAGE.build(1))
    .text(menuTexts.insurance, INSURANCE_PAGE.build(1))
    .row()
    .text(menuTexts.events, EVENTS_PAGE.build(1))
    .text(menuTexts.settings, SETTINGS.build())
    .row()
    .text(menuTexts.help, HELP.build());
  if (accounts > 1) keyboard.text(menuTexts.switchAccount, ACCOUNTS.build());
  return keyboard;
}
