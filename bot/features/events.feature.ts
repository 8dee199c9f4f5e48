import { InlineKeyboard } from 'grammy';
import { cabinetApi, PER_PAGE } from '../api/cabinet-api.js';
import { telegramApi } from '../api/telegram-api.js';
import { callbackArgs, pageArg } from '../callback-data/callback-data.js';
import { CALENDAR, EVENTS_PAGE } from '../callback-data/core.js';
import { addPager, pageCount, withMenuButton } from '../keyboards/navigation.js';
import { showScreen } from '../screen.js';
import { buttons } from '../texts/common.js';
import { calendarText, eventsText, eventTexts } from '../texts/events.js';
import { FeatureComposer } from './feature-composer.js';

/** Upcoming seminars, meetings and assemblies, and the personal calendar subscription. */
export const eventsFeature = new FeatureComposer();

eventsFeature.callbackQuery(EVENTS_PAGE.pattern, async (ctx) => {
  const page = await cabinetApi.events(ctx, pageArg(callbackArgs(ctx.match)[0]));
  const keyboard = addPager(new InlineKeyboard(), EVENTS_PAGE, page.page, pageCount(page.total, PER_PAGE));
  keyboard.row().text(eventTexts.subscribe, CALENDAR.build());
  await showScreen(ctx, { text: eventsText(page), keyboard: withMenuButton(keyboard) });
});

eventsFeature.callbackQuery(CALENDAR.pattern, async (ctx) => {
  const subscription = await telegramApi.calendarSubscription(ctx);
  const keyboard = new InlineKeyboard().text(buttons.back, EVENTS_PAGE.build(1));
  await showScreen(ctx, { text: calendarText(subscription), keyboard: withMenuButton(keyboard) });
});
