import { formatMoscowDateTime } from '../../api/domain/shared/sro-calendar.js';
import { html } from '../../api/domain/shared/html.js';
import { composeEmail, type RenderedEmail } from './email-layout.js';

/** The notice after a password change or reset, so that a stolen account does not go unnoticed. */
export function passwordChangedEmail(data: {
  fullName: string;
  memberShortName: string;
  at: Date;
}): RenderedEmail {
  const greeting = `Здравствуйте, ${data.fullName}!`;
  const about =
    `${formatMoscowDateTime(data.at)} пароль к личному кабинету члена СРО (${data.memberShortName}) изменён. ` +
    'Все другие сеансы завершены, привязки Telegram отменены.';
  const warning =
    'Если пароль меняли не вы, сразу восстановите его по ИНН организации и вашему e-mail и сообщите в СРО.';
  return composeEmail(
    'Пароль изменён',
    [greeting, about, warning],
    html`<p>${greeting}</p>
      <p>${about}</p>
      <p><strong>${warning}</strong></p>`,
  );
}
