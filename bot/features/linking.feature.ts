import { ApiError } from '../api/api-client.js';
import { linkingApi, telegramApi } from '../api/telegram-api.js';
import { callbackArgs } from '../callback-data/callback-data.js';
import { END_LINK, LINK_BY_EMAIL, LINKS } from '../callback-data/core.js';
import type { BotContext } from '../context.js';
import { LINK_BY_EMAIL_CONVERSATION } from '../conversations/link-by-email.conversation.js';
import { linksKeyboard } from '../keyboards/linking.js';
import { accountFromLink, currentAccount, rememberAccount } from '../linked-accounts.js';
import { answerClick, showScreen } from '../screen.js';
import { linkingTexts } from '../texts/linking.js';
import { linksText, settingsTexts } from '../texts/settings.js';
import { linkedScreen, linkFailedScreen, welcomeScreen } from './linking-screens.js';
import { showMainScreen } from './main-menu.feature.js';
import { FeatureComposer } from './feature-composer.js';

/** Telegram's start parameter: up to 64 characters of A-Z, a-z, 0-9, _ and -. */
const START_TOKEN = /^[\w-]{1,64}$/;

async function redeemLinkToken(ctx: BotContext, token: string): Promise<void> {
  if (!START_TOKEN.test(token)) {
    await ctx.reply(linkingTexts.malformedLink);
    return;
  }
  try {
    const link = await linkingApi.redeemLinkToken(ctx.backend, token, {
      telegramUserId: ctx.from!.id,
      chatId: ctx.chat!.id,
    });
    rememberAccount(ctx.session, accountFromLink(link));
    await showScreen(ctx, linkedScreen(link));
  } catch (error) {
    if (!(error instanceof ApiError) || error.status >= 500) throw error;
    await showScreen(ctx, linkFailedScreen(error.status, error.detail, ctx.sroPhone));
  }
}

async function showLinks(ctx: BotContext, notice?: string): Promise<void> {
  const { links } = await telegramApi.links(ctx);
  await showScreen(ctx, { text: linksText(links), keyboard: linksKeyboard(links) }, notice);
}

/** /start with a deep-link token links the account; without one it opens the main screen or explains linking. */
export const linkingFeature = new FeatureComposer();

linkingFeature.command('start', async (ctx) => {
  const token = ctx.match.trim();
  if (token) return redeemLinkToken(ctx, token);
  if (currentAccount(ctx.session)) return showMainScreen(ctx);
  await showScreen(ctx, welcomeScreen());
});

linkingFeature.callbackQuery(LINK_BY_EMAIL.pattern, async (ctx) => {
  await answerClick(ctx);
  await ctx.conversation.enter(LINK_BY_EMAIL_CONVERSATION);
});

linkingFeature.callbackQuery(LINKS.pattern, (ctx) => showLinks(ctx));

/** A button of a link already ended (elsewhere, or by an earlier tap) shows the links as they are now. */
linkingFeature.callbackQuery(END_LINK.pattern, async (ctx) => {
  const [telegramUserId] = callbackArgs(ctx.match);
  try {
    await telegramApi.endLink(ctx, telegramUserId!);
  } catch (error) {
    if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 400)) throw error;
    return showLinks(ctx, settingsTexts.linkAlreadyEnded);
  }
  await showLinks(ctx, settingsTexts.linkEnded);
});
