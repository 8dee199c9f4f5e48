import { DomainError } from '../../domain/shared/domain-error.js';
import { html, SafeHtml } from '../../domain/shared/html.js';
import { issueTelegramLinkToken } from '../../domain/telegram/issue-telegram-link-token.use-case.js';
import type { HttpDeps } from '../http-deps.js';
import { botUsername } from './bot-username.js';
import { linkTokenView } from './link-token.view.js';

/**
 * The offer to link Telegram on the page shown after activation: the deep link and its QR code for a phone. Nothing
 * when no bot is configured or Telegram cannot be reached — the activation itself has succeeded either way.
 */
export async function telegramLinkOffer(deps: HttpDeps, representativeId: string): Promise<SafeHtml> {
  if (!deps.botToken && !deps.botUsername) return html``;
  let link;
  try {
    const username = await botUsername(deps);
    link = await linkTokenView(await issueTelegramLinkToken(representativeId), username);
  } catch (error) {
    if (error instanceof DomainError) return html``;
    throw error;
  }
  return html`<h2>Telegram</h2>
    <p>
      Подключите бота СРО: карточка организации, письма, обращения и напоминания о сроках — в телефоне. Пароль
      в чат вводить не нужно.
    </p>
    <p><a href="${link.deepLink}">Открыть бота в Telegram</a></p>
    <p>${new SafeHtml(link.qrSvg)}</p>
    <p class="muted">
      Или отсканируйте QR-код камерой телефона. Ссылка одноразовая и действует 10 минут; новую можно получить
      в личном кабинете.
    </p>`;
}
