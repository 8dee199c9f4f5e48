import { InlineKeyboard, type MiddlewareFn } from 'grammy';
import { AccountRefusedError, NotLinkedError } from '../api/account-request.js';
import { ACCOUNTS, HELP, MENU } from '../callback-data/core.js';
import type { BotContext } from '../context.js';
import { welcomeScreen } from '../features/linking-screens.js';
import { welcomeKeyboard } from '../keyboards/linking.js';
import { forgetAccount } from '../linked-accounts.js';
import { showScreen } from '../screen.js';
import { menuTexts } from '../texts/menu.js';
import { refusalTexts } from '../texts/linking.js';

const hasOtherAccounts = (ctx: BotContext, memberId: string) =>
  ctx.session.accounts.some((account) => account.memberId !== memberId);

/** Where to go from an ended link: another linked member, or linking anew. */
const nextStepKeyboard = (ctx: BotContext, excludedMemberId: string) =>
  hasOtherAccounts(ctx, excludedMemberId)
    ? new InlineKeyboard().text(menuTexts.switchAccount, ACCOUNTS.build())
    : welcomeKeyboard();

/**
 * From a closed account, linking again is no way out (the account itself is refused): check again once the SRO has
 * restored access, work for another linked member, or read the help.
 */
function refusedKeyboard(ctx: BotContext, memberId: string): InlineKeyboard {
  const keyboard = new InlineKeyboard().text(refusalTexts.checkAgain, MENU.build()).row();
  if (hasOtherAccounts(ctx, memberId)) keyboard.text(menuTexts.switchAccount, ACCOUNTS.build()).row();
  return keyboard.text(menuTexts.help, HELP.build());
}

/**
 * When the API refuses the current account: 401 — the link has ended, so the account is forgotten; 403 — access is
 * suspended, so the account is marked and the reason shown on every attempt. Other accounts keep working.
 */
export const handleAccountRefusals: MiddlewareFn<BotContext> = async (ctx, next) => {
  try {
    await next();
  } catch (error) {
    if (error instanceof NotLinkedError) return showScreen(ctx, welcomeScreen());
    if (!(error instanceof AccountRefusedError)) throw error;
    const { account } = error;
    if (error.ended) {
      forgetAccount(ctx.session, account.memberId);
      return showScreen(ctx, {
        text: refusalTexts.ended(account.memberName),
        keyboard: nextStepKeyboard(ctx, account.memberId),
      });
    }
    const stored = ctx.session.accounts.find((known) => known.memberId === account.memberId);
    if (stored) stored.refusal = error.detail;
    await showScreen(
      ctx,
      {
        text: refusalTexts.refused(account.memberName, error.detail, ctx.sroPhone),
        keyboard: refusedKeyboard(ctx, account.memberId),
      },
      ctx.callbackQuery ? refusalTexts.stillClosed : undefined,
    );
  }
};
