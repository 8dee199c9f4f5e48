import { InlineKeyboard } from 'grammy';
import {
  NOTIFICATION_KINDS,
  telegramApi,
  type NotificationKind,
  type NotificationSettings,
} from '../api/telegram-api.js';
import { callbackArgs } from '../callback-data/callback-data.js';
import { LINKS, SETTINGS, SETTINGS_SET } from '../callback-data/core.js';
import type { BotContext } from '../context.js';
import { menuButtonOnly, withMenuButton } from '../keyboards/navigation.js';
import { showScreen } from '../screen.js';
import { commonTexts } from '../texts/common.js';
import { settingsText, settingsTexts } from '../texts/settings.js';
import { FeatureComposer } from './feature-composer.js';

const isKind = (value: string | undefined): value is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(value ?? '');

function settingsKeyboard(settings: NotificationSettings): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const kind of NOTIFICATION_KINDS) {
    keyboard
      .text(settingsTexts.toggle(kind, settings[kind]), SETTINGS_SET.build(kind, settings[kind] ? 0 : 1))
      .row();
  }
  return withMenuButton(keyboard.text(settingsTexts.links, LINKS.build()));
}

const showSettings = (ctx: BotContext, settings: NotificationSettings) =>
  showScreen(ctx, { text: settingsText(settings), keyboard: settingsKeyboard(settings) });

/** Which pushes arrive in Telegram: one button per kind switches it on or off. */
export const settingsFeature = new FeatureComposer();

settingsFeature.callbackQuery(SETTINGS.pattern, async (ctx) =>
  showSettings(ctx, await telegramApi.settings(ctx)),
);

settingsFeature.callbackQuery(SETTINGS_SET.pattern, async (ctx) => {
  const [kind, value] = callbackArgs(ctx.match);
  if (!isKind(kind)) {
    await showScreen(ctx, { text: commonTexts.staleButton, keyboard: menuButtonOnly() });
    return;
  }
  await showSettings(ctx, await telegramApi.changeSettings(ctx, { [kind]: value === '1' }));
});
