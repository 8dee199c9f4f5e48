import type { AccountLinkDescription } from '../../domain/accounts/describe-account-link.use-case.js';
import { html, type SafeHtml } from '../../domain/shared/html.js';
import { errorBlock, passwordFields } from './password-fields.js';

export const RESET_TITLE = 'Новый пароль';

export function resetForm(token: string, description: AccountLinkDescription, error?: string): SafeHtml {
  return html`<p>${description.fullName}, представитель ${description.memberShortName}.</p>
    <p class="muted">
      После смены пароля все сеансы завершатся, а привязки Telegram будут отменены: войдите заново с новым
      паролем.
    </p>
    ${errorBlock(error)}
    <form method="post" action="reset">
      <input type="hidden" name="token" value="${token}" />
      ${passwordFields()}
      <button type="submit">Сменить пароль</button>
    </form>`;
}

export const resetDone = html`<p class="success">Пароль изменён.</p>
  <p>Все сеансы завершены, привязки Telegram отменены. Войдите с новым паролем.</p>
  <p class="muted">Если пароль меняли не вы, сразу сообщите в СРО.</p>`;
