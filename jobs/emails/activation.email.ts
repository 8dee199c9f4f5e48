import { formatMoscowDateTime } from '../../api/domain/shared/sro-calendar.js';
import { html } from '../../api/domain/shared/html.js';
import { composeEmail, linkBlock, type RenderedEmail } from './email-layout.js';

export interface LinkEmailData {
  fullName: string;
  memberShortName: string;
  url: string;
  expiresAt: Date;
}

/** Step 2 of the account lifecycle: the one-time activation link (§2.1). */
export function activationEmail({ fullName, memberShortName, url, expiresAt }: LinkEmailData): RenderedEmail {
  const greeting = `Здравствуйте, ${fullName}!`;
  const about =
    `По заявлению ${memberShortName} для вас открыт доступ к личному кабинету члена СРО. ` +
    'Чтобы активировать кабинет, перейдите по ссылке, ознакомьтесь с Регламентом и придумайте пароль.';
  const validity = `Ссылка одноразовая и действует до ${formatMoscowDateTime(expiresAt)}. Если срок истёк, попросите СРО отправить новую.`;
  const warning = 'Если вы не ждали этого письма, не переходите по ссылке и сообщите в СРО.';
  return composeEmail(
    'Активация личного кабинета члена СРО',
    [greeting, about, url, validity, warning],
    html`<p>${greeting}</p>
      <p>${about}</p>
      ${linkBlock(url, 'Активировать кабинет')}
      <p>${validity}</p>
      <p>${warning}</p>`,
  );
}
