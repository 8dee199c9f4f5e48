import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RULES,
} from '../../domain/accounts/password-policy.js';
import { html, type SafeHtml } from '../../domain/shared/html.js';

/** The new-password inputs with the rules under them; the password is never put back into a page. */
export function passwordFields(): SafeHtml {
  const limits = html`minlength="${PASSWORD_MIN_LENGTH}" maxlength="${PASSWORD_MAX_LENGTH}"`;
  return html`<label for="password">Новый пароль</label>
    <input id="password" name="password" type="password" autocomplete="new-password" required ${limits} />
    <ul class="rules">
      ${PASSWORD_RULES.map((rule) => html`<li>${rule}</li>`)}
    </ul>
    <label for="passwordRepeat">Пароль ещё раз</label>
    <input
      id="passwordRepeat"
      name="passwordRepeat"
      type="password"
      autocomplete="new-password"
      required
      ${limits}
    />`;
}

export function errorBlock(error: string | undefined): SafeHtml {
  return html`${error ? html`<p class="error" role="alert">${error}</p>` : ''}`;
}

export const PASSWORDS_DIFFER = 'Пароли не совпадают: введите один и тот же пароль дважды.';
