import { InlineKeyboard, InputFile } from 'grammy';
import { cabinetApi, PER_PAGE } from '../api/cabinet-api.js';
import { telegramApi } from '../api/telegram-api.js';
import { callbackArgs, pageArg } from '../callback-data/callback-data.js';
import { CALENDAR, EVENT_FILE, EVENTS_PAGE } from '../callback-data/core.js';
import type { BotContext } from '../context.js';
import { buttonColumn } from '../keyboards/button-column.js';
import { addPager, pageCount, withMenuButton } from '../keyboards/navigation.js';
import { answerClick, showScreen } from '../screen.js';
import { buttons } from '../texts/common.js';
import { calendarText, eventsText, eventTexts } from '../texts/events.js';
import { FeatureComposer } from './feature-composer.js';
import { showOrSayMissing } from './missing-object.js';

/** Upcoming seminars, meetings and assemblies (each can be had as an .ics file), and the calendar subscription. */
export const eventsFeature = new FeatureComposer();

eventsFeature.callbackQuery(EVENTS_PAGE.pattern, async (ctx) => {
  const page = await cabinetApi.events(ctx, pageArg(callbackArgs(ctx.match)[0]));
  const keyboard = buttonColumn(
    page.items.map((event) => [eventTexts.fileButton(event), EVENT_FILE.build(event.id)] as const),
  );
  addPager(keyboard, EVENTS_PAGE, page.page, pageCount(page.total, PER_PAGE));
  keyboard.row().text(eventTexts.subscribe, CALENDAR.build());
  await showScreen(ctx, { text: eventsText(page), keyboard: withMenuButton(keyboard) });
});

/** The event as an .ics document, named after it; one removed or not the member's is said to be missing. */
async function sendEventFile(ctx: BotContext, eventId: string): Promise<void> {
  await answerClick(ctx, eventTexts.preparingFile);
  await showOrSayMissing(
    ctx,
    async () => {
      const file = await cabinetApi.eventFile(ctx, eventId);
      // bytes in hand, not a stream: a retried upload (after a 429) sends them whole again
      await ctx.replyWithDocument(new InputFile(file.bytes, file.filename ?? eventTexts.defaultFilename), {
        caption: eventTexts.fileCaption,
        reply_markup: new InlineKeyboard().text(eventTexts.backToEvents, EVENTS_PAGE.build(1)),
      });
    },
    eventTexts.notFound,
  );
}

eventsFeature.callbackQuery(EVENT_FILE.pattern, (ctx) => sendEventFile(ctx, callbackArgs(ctx.match)[0]!));

eventsFeature.callbackQuery(CALENDAR.pattern, async (ctx) => {
  const subscription = await telegramApi.calendarSubscription(ctx);
  const keyboard = new InlineKeyboard().text(buttons.back, EVENTS_PAGE.build(1));
  await showScreen(ctx, { text: calendarText(subscription), keyboard: withMenuButton(keyboard) });
});
