import { cabinetApi } from '../api/cabinet-api.js';
import { CARD, RIGHTS } from '../callback-data/core.js';
import { menuButtonOnly } from '../keyboards/navigation.js';
import { showScreen } from '../screen.js';
import { cardText, rightsText } from '../texts/card.js';
import { FeatureComposer } from './feature-composer.js';

/** The registry card, and the right to perform work with the responsibility levels. */
export const cardFeature = new FeatureComposer();

cardFeature.callbackQuery(CARD.pattern, async (ctx) => {
  const card = await cabinetApi.card(ctx);
  await showScreen(ctx, { text: cardText(card), keyboard: menuButtonOnly() });
});

cardFeature.callbackQuery(RIGHTS.pattern, async (ctx) => {
  const [workRight, levels] = await Promise.all([cabinetApi.workRight(ctx), cabinetApi.levels(ctx)]);
  await showScreen(ctx, { text: rightsText(workRight, levels), keyboard: menuButtonOnly() });
});
