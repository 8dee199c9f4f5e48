import { html, type SafeHtml } from '../../api/domain/shared/html.js';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const SIGNATURE =
  'Это письмо отправлено автоматически, отвечать на него не нужно.\nСРО — личный кабинет члена СРО';

/** The plain-text and the simple HTML versions of one letter, with the same signature. */
export function composeEmail(subject: string, paragraphs: string[], body: SafeHtml): RenderedEmail {
  return {
    subject,
    text: `${paragraphs.join('\n\n')}\n\n--\n${SIGNATURE}\n`,
    html: html`<!doctype html>
      <html lang="ru">
        <head>
          <meta charset="utf-8" />
          <title>${subject}</title>
        </head>
        <body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1d2733">
          ${body}
          <p style="color:#5b6675;font-size:13px">
            ${SIGNATURE.split('\n').map((line) => html`${line}<br />`)}
          </p>
        </body>
      </html>`.markup,
  };
}

/** A link as a button-like anchor, with the address itself below for mail clients that hide links. */
export function linkBlock(url: string, label: string): SafeHtml {
  return html`<p>
      <a
        href="${url}"
        style="display:inline-block;padding:10px 16px;background:#2f6fde;color:#fff;text-decoration:none;border-radius:6px"
        >${label}</a
      >
    </p>
    <p style="font-size:13px;color:#5b6675">
      Если кнопка не открывается, скопируйте адрес в браузер:<br />${url}
    </p>`;
}
