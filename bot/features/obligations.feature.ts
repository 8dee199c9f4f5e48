import { InlineKeyboard } from 'grammy';
import { cabinetApi, PER_PAGE } from '../api/cabinet-api.js';
import { callbackArgs, pageArg } from '../callback-data/callback-data.js';
import { CONTRACTS_PAGE, OBLIGATIONS, PRICE_CHECK } from '../callback-data/core.js';
import { addPager, cancelKeyboard, pageCount, withMenuButton } from '../keyboards/navigation.js';
import { answerClick, showScreen } from '../screen.js';
import { buttons } from '../texts/common.js';
import { contractsText, obligationsText, priceCheckText, priceTexts } from '../texts/obligations.js';
import { FeatureComposer } from './feature-composer.js';

/** «25 000 000», «1 250 000,50», «25000000 руб.» → rubles; null unless a positive amount the API accepts. */
export function parsePrice(text: string): number | null {
  const cleaned = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/(руб\.?|р\.?|₽)$/i, '')
    .replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const price = Number(cleaned);
  return price > 0 && price <= 1e13 ? price : null;
}

const obligationsKeyboard = () =>
  withMenuButton(
    new InlineKeyboard()
      .text(priceTexts.button, PRICE_CHECK.build())
      .row()
      .text(priceTexts.contracts, CONTRACTS_PAGE.build(1)),
  );

/** Obligations under competitive contracts, the contracts in force, and «may we take a contract of this price?». */
export const obligationsFeature = new FeatureComposer();

obligationsFeature.callbackQuery(OBLIGATIONS.pattern, async (ctx) => {
  const obligations = await cabinetApi.obligations(ctx);
  await showScreen(ctx, { text: obligationsText(obligations), keyboard: obligationsKeyboard() });
});

obligationsFeature.callbackQuery(CONTRACTS_PAGE.pattern, async (ctx) => {
  const page = await cabinetApi.contractsInForce(ctx, pageArg(callbackArgs(ctx.match)[0]));
  const keyboard = addPager(new InlineKeyboard(), CONTRACTS_PAGE, page.page, pageCount(page.total, PER_PAGE));
  await showScreen(ctx, {
    text: contractsText(page),
    keyboard: withMenuButton(keyboard.row().text(buttons.back, OBLIGATIONS.build())),
  });
});

obligationsFeature.callbackQuery(PRICE_CHECK.pattern, async (ctx) => {
  ctx.session.pendingInput = 'contract-price';
  await answerClick(ctx);
  await ctx.reply(priceTexts.prompt, { reply_markup: cancelKeyboard() });
});

obligationsFeature
  .on('message:text')
  .filter((ctx) => ctx.session.pendingInput === 'contract-price')
  .use(async (ctx) => {
    const price = parsePrice(ctx.message.text);
    if (price === null) {
      await ctx.reply(priceTexts.invalid, { reply_markup: cancelKeyboard() });
      return;
    }
    ctx.session.pendingInput = null;
    const obligations = await cabinetApi.obligations(ctx, price);
    const keyboard = new InlineKeyboard()
      .text(priceTexts.again, PRICE_CHECK.build())
      .row()
      .text(buttons.back, OBLIGATIONS.build());
    await showScreen(ctx, { text: priceCheckText(obligations), keyboard: withMenuButton(keyboard) });
  });
