import type { ActivationDescription } from '../../domain/accounts/describe-activation.use-case.js';
import { HOW_TO_SIGN_IN } from '../../domain/accounts/how-to-sign-in.js';
import { html, type SafeHtml } from '../../domain/shared/html.js';
import { errorBlock, passwordFields } from './password-fields.js';

export const ACTIVATION_TITLE = 'Активация личного кабинета';

export interface ActivationForm {
  token: string;
  description: ActivationDescription;
  /** Whether the regulation box stays ticked when the form comes back with an error. */
  accepted: boolean;
  error?: string;
}

/** «… с Регламентом СС-СРО-ОД-06-2020-01», linked when the edition is published at an address, its title under it. */
function regulationName({ regulation }: ActivationDescription): SafeHtml {
  const title = html`<br /><span class="muted">${regulation.title}</span>`;
  if (!regulation.url) return html`${regulation.version}${title}`;
  return html`<a href="${regulation.url}" target="_blank" rel="noopener">${regulation.version}</a>${title}`;
}

/** An edition kept as text unfolds under the checkbox. */
function regulationBody({ regulation }: ActivationDescription): SafeHtml {
  if (regulation.url || !regulation.text) return html``;
  return html`<details>
    <summary>Текст Регламента</summary>
    <pre>${regulation.text}</pre>
  </details>`;
}

/** Step 2 of the account lifecycle: accept the current regulation and set a password (§2.1, §2.3). */
export function activationForm({ token, description, accepted, error }: ActivationForm): SafeHtml {
  return html`<p>${description.fullName}, представитель ${description.memberShortName}.</p>
    <p class="muted">Придумайте пароль: его не знает никто, включая сотрудников СРО. ${HOW_TO_SIGN_IN}</p>
    ${errorBlock(error)}
    <form method="post" action="activate">
      <input type="hidden" name="token" value="${token}" />
      <input type="hidden" name="regulationVersionId" value="${description.regulation.id}" />
      ${passwordFields()}
      <label class="check"
        ><input
          type="checkbox"
          name="acceptRegulation"
          value="on"
          required${accepted ? html` checked` : ''}
        />
        <span>Я ознакомлен(а) и согласен(на) с Регламентом ${regulationName(description)}</span></label
      >
      ${regulationBody(description)}
      <button type="submit">Активировать кабинет</button>
    </form>`;
}

export const activationDone = html`<p class="success">
    Личный кабинет активирован, адрес электронной почты подтверждён.
  </p>
  <p>${HOW_TO_SIGN_IN}</p>
  <p class="muted">
    Храните пароль в секрете. Если он стал известен кому-то ещё, сразу смените его и сообщите об этом в СРО.
  </p>`;
