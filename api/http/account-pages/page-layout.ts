import type { Response } from 'express';
import { html, type SafeHtml } from '../../domain/shared/html.js';

/**
 * A page of the account flows: no scripts, no external assets, one stylesheet served by the app. Links are relative,
 * so the pages also work when the cabinet is served under a path prefix.
 */
export function sendPage(
  res: Response,
  status: number,
  title: string,
  body: SafeHtml,
  /** Where the stylesheet is, relative to the page. */
  stylesheet = 'assets/account.css',
): void {
  res
    .status(status)
    .type('html')
    .set('Cache-Control', 'no-store')
    .send(
      html`<!doctype html>
        <html lang="ru">
          <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <meta name="robots" content="noindex" />
            <title>${title} — Личный кабинет члена СРО</title>
            <link rel="stylesheet" href="${stylesheet}" />
          </head>
          <body>
            <main>
              <p class="muted">Личный кабинет члена СРО</p>
              <div class="card">
                <h1>${title}</h1>
                ${body}
              </div>
            </main>
          </body>
        </html> `.markup,
    );
}

/** A page that only tells what happened, e.g. a link that no longer works. */
export function sendMessagePage(res: Response, status: number, title: string, message: string): void {
  sendPage(res, status, title, html`<p>${message}</p>`);
}
