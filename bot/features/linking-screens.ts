import type { TelegramLinkResult } from '../api/telegram-api.js';
import { linkedKeyboard, welcomeKeyboard } from '../keyboards/linking.js';
import type { Screen } from '../screen.js';
import { linkedText, linkingTexts } from '../texts/linking.js';

/** For a user with nothing linked: the two ways to link. */
export const welcomeScreen = (): Screen => ({ text: linkingTexts.welcome, keyboard: welcomeKeyboard() });

/** Why linking failed: a used or expired link can be replaced by the e-mail way; a refused account cannot. */
export const linkFailedScreen = (status: number, detail: string, sroPhone: string | null): Screen =>
  status === 403
    ? { text: linkingTexts.linkRefused(detail, sroPhone) }
    : { text: linkingTexts.linkFailed(detail), keyboard: welcomeKeyboard() };

/** The confirmation of a new link, with the other links of the account to end. */
export const linkedScreen = (link: TelegramLinkResult): Screen => ({
  text: linkedText(link),
  keyboard: linkedKeyboard(link.links),
});
