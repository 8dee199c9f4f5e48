import type { RequestHandler } from 'express';
import { html } from '../../domain/shared/html.js';
import { sendPage } from './page-layout.js';

const homePage = html`<p>
    Здесь член СРО получает сведения о себе, письма и ответы на обращения, а СРО — обращения и документы.
  </p>
  <h2>Сотрудникам СРО</h2>
  <p>
    <a href="admin/">Приложение сотрудников</a>: реестр членов СРО, представители, входящие обращения, письма,
    события.
  </p>
  <h2>Представителям членов СРО</h2>
  <p>
    Ссылка для активации личного кабинета приходит на e-mail, указанный в заявлении о доступе; ссылка для
    смены забытого пароля — на тот же адрес. Сведения об организации, письма и обращения доступны в
    Telegram-боте СРО и через API.
  </p>
  <h2>Для интеграций</h2>
  <p>
    <a href="api/openapi.json">Описание API</a> (OpenAPI 3.1): все адреса — под <code>/api/v1</code>, ошибки —
    в формате application/problem+json.
  </p>`;

/** `/`: where a browser that opens the site's address can go. */
export const showHome: RequestHandler = (_req, res) => {
  sendPage(res, 200, 'С чего начать', homePage, 'account/assets/account.css');
};
