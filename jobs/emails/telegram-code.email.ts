import { formatMoscowDateTime } from '../../api/domain/shared/sro-calendar.js';
import { html } from '../../api/domain/shared/html.js';
import { composeEmail, type RenderedEmail } from './email-layout.js';

export interface TelegramCodeEmailData {
  fullName: string;
  memberShortName: string;
  code: string;
  expiresAt: Date;
}

/** The one-time code that links Telegram to the cabinet, asked for in the bot. */
export function telegramCodeEmail({
  fullName,
  memberShortName,
  code,
  expiresAt,
}: TelegramCodeEmailData): RenderedEmail {
  const greeting = `Здравствуйте, ${fullName}!`;
  const about = `Код для привязки Telegram к личному кабинету члена СРО (${memberShortName}):`;
  const validity = `Введите его в чате с ботом. Код одноразовый и действует до ${formatMoscowDateTime(expiresAt)}.`;
  const warning =
    'Никому не сообщайте код. Если вы не привязывали Telegram, не вводите код и сообщите в СРО: ' +
    'без кода привязка невозможна.';
  return composeEmail(
    `Код для привязки Telegram: ${code}`,
    [greeting, about, code, validity, warning],
    html`<p>${greeting}</p>
      <p>${about}</p>
      <p style="font-size:24px;font-weight:bold;letter-spacing:4px">${code}</p>
      <p>${validity}</p>
      <p>${warning}</p>`,
  );
}
