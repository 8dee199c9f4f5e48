import { HELP } from '../callback-data/core.js';
import type { BotContext } from '../context.js';
import { menuButtonOnly } from '../keyboards/navigation.js';
import { showScreen } from '../screen.js';
import { helpText } from '../texts/help.js';
import { FeatureComposer } from './feature-composer.js';

const showHelp = (ctx: BotContext) =>
  showScreen(ctx, { text: helpText(ctx.sroPhone), keyboard: menuButtonOnly() });

export const helpFeature = new FeatureComposer();
helpFeature.command('help', showHelp);
helpFeature.callbackQuery(HELP.pattern, showHelp);
