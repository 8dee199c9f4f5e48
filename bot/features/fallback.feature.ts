import { CANCEL, NOOP } from '../callback-data/core.js';
import type { BotContext } from '../context.js';
import { menuButtonOnly } from '../keyboards/navigation.js';
import { answerClick, showScreen } from '../screen.js';
import { commonTexts } from '../texts/common.js';
import { FeatureComposer } from './feature-composer.js';

async function cancel(ctx: BotContext): Promise<void> {
  ctx.session.pendingInput = null;
  await showScreen(ctx, { text: commonTexts.cancelled, keyboard: menuButtonOnly() });
}

/** What no feature took: «Отмена» outside a conversation, page counters, stale buttons, unknown messages. */
export const fallbackFeature = new FeatureComposer();

fallbackFeature.command('cancel', cancel);
fallbackFeature.callbackQuery(CANCEL.pattern, cancel);
fallbackFeature.callbackQuery(NOOP.pattern, (ctx) => answerClick(ctx));
fallbackFeature.on('callback_query', (ctx) => answerClick(ctx, commonTexts.staleButton));
fallbackFeature.on('message', (ctx) => ctx.reply(commonTexts.unknown, { reply_markup: menuButtonOnly() }));
