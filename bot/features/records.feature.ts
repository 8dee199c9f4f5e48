import { InlineKeyboard } from 'grammy';
import { cabinetApi, PER_PAGE } from '../api/cabinet-api.js';
import { callbackArgs, pageArg } from '../callback-data/callback-data.js';
import { INSPECTIONS_PAGE, INSURANCE_PAGE } from '../callback-data/core.js';
import { addPager, pageCount, withMenuButton } from '../keyboards/navigation.js';
import { showScreen } from '../screen.js';
import { inspectionsText, insurancePageText } from '../texts/records.js';
import { FeatureComposer } from './feature-composer.js';

/** Inspections by the SRO, and the insurance contracts with those expiring soon marked. */
export const recordsFeature = new FeatureComposer();

recordsFeature.callbackQuery(INSPECTIONS_PAGE.pattern, async (ctx) => {
  const page = await cabinetApi.inspections(ctx, pageArg(callbackArgs(ctx.match)[0]));
  const keyboard = addPager(
    new InlineKeyboard(),
    INSPECTIONS_PAGE,
    page.page,
    pageCount(page.total, PER_PAGE),
  );
  await showScreen(ctx, { text: inspectionsText(page), keyboard: withMenuButton(keyboard) });
});

recordsFeature.callbackQuery(INSURANCE_PAGE.pattern, async (ctx) => {
  const { items } = await cabinetApi.insurance(ctx);
  const pages = pageCount(items.length, PER_PAGE);
  const page = Math.min(pageArg(callbackArgs(ctx.match)[0]), pages);
  const shown = items.slice((page - 1) * PER_PAGE, page * PER_PAGE);
  const expiringSoon = items.filter((item) => item.expiresSoon && !item.expired).length;
  await showScreen(ctx, {
    text: insurancePageText(shown, items.length, expiringSoon),
    keyboard: withMenuButton(addPager(new InlineKeyboard(), INSURANCE_PAGE, page, pages)),
  });
});
