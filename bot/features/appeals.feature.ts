import { appealsApi, APPEALS_PER_PAGE } from '../api/appeals-api.js';
import {
  APPEAL_ELSEWHERE,
  APPEAL_FILE,
  APPEAL_NEW,
  APPEAL_OPEN,
  APPEAL_PUSH,
  APPEALS_PAGE,
  FORM_ANY,
} from '../callback-data/appeals.js';
import { callbackArgs, pageArg } from '../callback-data/callback-data.js';
import type { BotContext } from '../context.js';
import { APPEAL_FORM_CONVERSATIONS, isSimpleAppealCategory } from '../conversations/appeal-form-ids.js';
import {
  appealKeyboard,
  appealsKeyboard,
  elsewhereKeyboard,
  newAppealKeyboard,
} from '../keyboards/appeals.js';
import { answerClick, showScreen } from '../screen.js';
import { appealFormTexts } from '../texts/appeal-forms.js';
import { appealsTexts, appealText } from '../texts/appeals.js';
import { showOrSayMissing } from './missing-object.js';
import { pageWithin } from './page-within.js';
import { FeatureComposer } from './feature-composer.js';

/** The journal of appeals, newest first; empty, it offers to file the first one. */
async function showAppeals(ctx: BotContext, page: number): Promise<void> {
  const { list, pages } = await pageWithin((number) => appealsApi.page(ctx, number), page, APPEALS_PER_PAGE);
  const text = list.total === 0 ? appealsTexts.empty : appealsTexts.pageHeader(list);
  await showScreen(ctx, { text, keyboard: appealsKeyboard(list, pages) });
}

/** An appeal's history; from the journal in place, from a push as a new message so that the push stays. */
async function openAppeal(ctx: BotContext, appealId: string, fromPush: boolean): Promise<void> {
  if (fromPush) await answerClick(ctx);
  await showOrSayMissing(
    ctx,
    async () => {
      const appeal = await appealsApi.get(ctx, appealId);
      const screen = { text: appealText(appeal), keyboard: appealKeyboard(appeal) };
      if (fromPush) await ctx.reply(screen.text, { parse_mode: 'HTML', reply_markup: screen.keyboard });
      else await showScreen(ctx, screen);
    },
    appealsTexts.notFound,
  );
}

/** Starts the form of a simple appeal; any other category is explained instead. */
async function startAppealForm(ctx: BotContext, category: string): Promise<void> {
  if (!isSimpleAppealCategory(category)) {
    return showScreen(ctx, { text: appealsTexts.elsewhere, keyboard: elsewhereKeyboard() });
  }
  await answerClick(ctx);
  await ctx.conversation.enter(APPEAL_FORM_CONVERSATIONS[category]);
}

export const appealsFeature = new FeatureComposer();
appealsFeature.callbackQuery(APPEALS_PAGE.pattern, (ctx) =>
  showAppeals(ctx, pageArg(callbackArgs(ctx.match)[0])),
);
appealsFeature.callbackQuery(APPEAL_OPEN.pattern, (ctx) =>
  openAppeal(ctx, callbackArgs(ctx.match)[0]!, false),
);
appealsFeature.callbackQuery(APPEAL_PUSH.pattern, (ctx) =>
  openAppeal(ctx, callbackArgs(ctx.match)[0]!, true),
);
appealsFeature.callbackQuery(APPEAL_NEW.pattern, (ctx) =>
  showScreen(ctx, { text: appealsTexts.choose, keyboard: newAppealKeyboard() }),
);
appealsFeature.callbackQuery(APPEAL_ELSEWHERE.pattern, (ctx) =>
  showScreen(ctx, { text: appealsTexts.elsewhere, keyboard: elsewhereKeyboard() }),
);
appealsFeature.callbackQuery(APPEAL_FILE.pattern, (ctx) => startAppealForm(ctx, callbackArgs(ctx.match)[0]!));
/** A button of a form whose conversation has ended (sent, cancelled or abandoned). */
appealsFeature.callbackQuery(FORM_ANY, (ctx) => answerClick(ctx, appealFormTexts.formClosed));
