import { AccountRefusedError } from '../api/account-request.js';
import { telegramApi } from '../api/telegram-api.js';
import { callbackArgs } from '../callback-data/callback-data.js';
import { ACCOUNTS, USE_ACCOUNT } from '../callback-data/core.js';
import type { BotContext } from '../context.js';
import { accountsKeyboard, welcomeKeyboard } from '../keyboards/linking.js';
import { menuButtonOnly } from '../keyboards/navigation.js';
import { currentAccount, forgetAccount, switchAccount } from '../linked-accounts.js';
import { showScreen } from '../screen.js';
import { commonTexts } from '../texts/common.js';
import { lines } from '../texts/format.js';
import { accountTexts } from '../texts/linking.js';
import { showMainScreen } from './main-menu.feature.js';
import { FeatureComposer } from './feature-composer.js';

/** /unlink ends the current link in the API and forgets it here; a link the API already refuses is forgotten too. */
async function unlink(ctx: BotContext): Promise<void> {
  const account = currentAccount(ctx.session);
  if (!account) {
    await showScreen(ctx, { text: accountTexts.notLinked, keyboard: welcomeKeyboard() });
    return;
  }
  await telegramApi.unlink(ctx).catch((error: unknown) => {
    if (!(error instanceof AccountRefusedError)) throw error;
  });
  forgetAccount(ctx.session, account.memberId);
  const next = currentAccount(ctx.session);
  await showScreen(ctx, {
    text: lines(accountTexts.unlinked(account.memberName), next && accountTexts.nowCurrent(next.memberName)),
    keyboard: next ? menuButtonOnly() : welcomeKeyboard(),
  });
}

/** One Telegram user may represent several members: «Сменить организацию» and /unlink. */
export const accountsFeature = new FeatureComposer();

accountsFeature.command('unlink', unlink);

accountsFeature.callbackQuery(ACCOUNTS.pattern, (ctx) =>
  showScreen(ctx, { text: accountTexts.choose, keyboard: accountsKeyboard(ctx.session) }),
);

accountsFeature.callbackQuery(USE_ACCOUNT.pattern, async (ctx) => {
  const [memberId] = callbackArgs(ctx.match);
  if (!switchAccount(ctx.session, memberId!)) {
    await showScreen(ctx, { text: commonTexts.staleButton, keyboard: menuButtonOnly() });
    return;
  }
  await showMainScreen(ctx);
});
