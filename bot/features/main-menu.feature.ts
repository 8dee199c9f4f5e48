import { cabinetApi } from '../api/cabinet-api.js';
import { MENU } from '../callback-data/core.js';
import type { BotContext } from '../context.js';
import { mainMenuKeyboard } from '../keyboards/main-menu.js';
import { currentAccount } from '../linked-accounts.js';
import { showScreen } from '../screen.js';
import { mainScreenText } from '../texts/main-screen.js';
import { FeatureComposer } from './feature-composer.js';

/** The main screen: one summary call, then the menu of sections. */
export async function showMainScreen(ctx: BotContext): Promise<void> {
  const summary = await cabinetApi.summary(ctx);
  const account = currentAccount(ctx.session)!;
  await showScreen(ctx, {
    text: mainScreenText(summary, account.representativeName),
    keyboard: mainMenuKeyboard(summary.letters.unread, ctx.session.accounts.length),
  });
}

export const mainMenuFeature = new FeatureComposer();
mainMenuFeature.command('menu', showMainScreen);
mainMenuFeature.callbackQuery(MENU.pattern, showMainScreen);
