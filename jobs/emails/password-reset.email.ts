import { formatMoscowDateTime } from '../../api/domain/shared/sro-calendar.js';
import { html } from '../../api/domain/shared/html.js';
import type { LinkEmailData } from './activation.email.js';
import { composeEmail, linkBlock, type RenderedEmail } from './email-layout.js';

/** The link for a forgotten password. */
export function passwordResetEmail({
  fullName,
  memberShortName,
  url,
  expiresAt,
}: LinkEmailData): RenderedEmail {
  const greeting = `Здравствуйте, ${fullName}!`;
  const about = `Кто-то запросил смену пароля к личному кабинету члена СРО (${memberShortName}). Чтобы задать новый пароль, перейдите по ссылке.`;
  const validity = `Ссылка одноразовая и действует до ${formatMoscowDateTime(expiresAt)}.`;
  const warning =
    'Если вы не запрашивали смену пароля, просто не открывайте ссылку: пароль останется прежним.';
  return composeEmail(
    'Смена пароля к личному кабинету члена СРО',
    [greeting, about, url, validity, warning],
    html`<p>${greeting}</p>
      <p>${about}</p>
      ${linkBlock(url, 'Задать новый пароль')}
      <p>${validity}</p>
      <p>${warning}</p>`,
  );
}
