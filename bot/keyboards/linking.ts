import { InlineKeyboard } from 'grammy';
import type { TelegramLinkView } from '../api/telegram-api.js';
import { END_LINK, LINK_BY_EMAIL, SETTINGS, USE_ACCOUNT } from '../callback-data/core.js';
import type { SessionData } from '../session.js';
import { buttons } from '../texts/common.js';
import { accountTexts, linkingTexts } from '../texts/linking.js';
import { settingsTexts } from '../texts/settings.js';
import { withMenuButton } from './navigation.js';

export const welcomeKeyboard = () =>
  new InlineKeyboard().text(linkingTexts.byEmailButton, LINK_BY_EMAIL.build());

/** «Завершить привязку от …» for every link but this one. */
function addEndLinkButtons(keyboard: InlineKeyboard, links: TelegramLinkView[]): InlineKeyboard {
  for (const link of links.filter((item) => !item.current)) {
    keyboard.text(settingsTexts.endLink(link), END_LINK.build(link.telegramUserId)).row();
  }
  return keyboard;
}

export const linkedKeyboard = (links: TelegramLinkView[]) =>
  withMenuButton(addEndLinkButtons(new InlineKeyboard(), links));

export const linksKeyboard = (links: TelegramLinkView[]) =>
  withMenuButton(addEndLinkButtons(new InlineKeyboard(), links).text(buttons.back, SETTINGS.build()));

/** One button per linked member: the current one ticked, a refused one marked. */
export function accountsKeyboard(session: SessionData): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const account of session.accounts) {
    const mark = account.refusal
      ? `${accountTexts.refusedMark} `
      : account.memberId === session.currentMemberId
        ? `${accountTexts.currentMark} `
        : '';
    keyboard.text(`${mark}${account.memberName}`, USE_ACCOUNT.build(account.memberId)).row();
  }
  keyboard.text(linkingTexts.addAccount, LINK_BY_EMAIL.build());
  return withMenuButton(keyboard);
}
