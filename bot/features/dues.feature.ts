import { InlineKeyboard } from 'grammy';
import { cabinetApi, PER_PAGE } from '../api/cabinet-api.js';
import { callbackArgs, pageArg } from '../callback-data/callback-data.js';
import { CONTRIBUTIONS_PAGE, DUES } from '../callback-data/core.js';
import { addPager, pageCount, withMenuButton } from '../keyboards/navigation.js';
import { showScreen } from '../screen.js';
import { buttons } from '../texts/common.js';
import { contributionsText, duesText, moneyTexts } from '../texts/money.js';
import { FeatureComposer } from './feature-composer.js';

/** Membership dues with the debt, and the payments into the compensation funds. */
export const duesFeature = new FeatureComposer();

duesFeature.callbackQuery(DUES.pattern, async (ctx) => {
  const dues = await cabinetApi.dues(ctx);
  const keyboard = new InlineKeyboard().text(moneyTexts.contributions, CONTRIBUTIONS_PAGE.build(1));
  await showScreen(ctx, { text: duesText(dues), keyboard: withMenuButton(keyboard) });
});

duesFeature.callbackQuery(CONTRIBUTIONS_PAGE.pattern, async (ctx) => {
  const page = await cabinetApi.contributions(ctx, pageArg(callbackArgs(ctx.match)[0]));
  const keyboard = addPager(
    new InlineKeyboard(),
    CONTRIBUTIONS_PAGE,
    page.page,
    pageCount(page.total, PER_PAGE),
  );
  await showScreen(ctx, {
    text: contributionsText(page),
    keyboard: withMenuButton(keyboard.row().text(buttons.back, DUES.build())),
  });
});
