import type { TelegramLinkResult } from '../api/telegram-api.js';
import { commonTexts } from './common.js';
import { bold, escapeHtml, lines } from './format.js';

export const linkingTexts = {
  welcome: lines(
    '👋 Здравствуйте! Это бот личного кабинета члена СРО.',
    '',
    'Чтобы видеть данные своей организации, привяжите Telegram к личному кабинету одним из двух способов:',
    '1. Откройте ссылку для Telegram со страницы активации личного кабинета или попросите её у сотрудника СРО.',
    '2. Нажмите «Войти по e-mail»: введите ИНН организации и свою электронную почту, и мы пришлём на неё код.',
    '',
    'Пароль от личного кабинета в этот чат вводить не нужно.',
  ),
  byEmailButton: '✉️ Войти по e-mail',
  malformedLink: 'Ссылка повреждена. Скопируйте её полностью или попросите новую у сотрудника СРО.',
  linkFailed: (detail: string) =>
    `${escapeHtml(detail)}\n\nМожно войти и по коду из письма: нажмите «Войти по e-mail».`,
  /** The account itself is refused (excluded, suspended, authority expired): no other way in will help. */
  linkRefused: (detail: string, sroPhone: string | null) =>
    lines(`⛔ ${escapeHtml(detail)}`, '', commonTexts.sroPhone(sroPhone)),
  addAccount: '➕ Добавить организацию',
} as const;

export const emailTexts = {
  askInn: 'Введите ИНН организации — 10 цифр (для ИП — 12).',
  badInn: 'ИНН — это 10 цифр (для ИП — 12). Проверьте и введите ещё раз.',
  askEmail: 'Введите адрес электронной почты, указанный в заявлении на доступ к личному кабинету.',
  badEmail: 'Это не похоже на адрес электронной почты. Введите адрес вида name@example.ru.',
  codeSent: (sentTo: string) =>
    `Если ИНН и адрес указаны верно, на ${escapeHtml(sentTo)} придёт письмо с шестизначным кодом. ` +
    'Введите код сюда. Он действует 10 минут.',
  badCode: 'Код — это 6 цифр из письма. Введите его ещё раз.',
  tooManyTries: 'Слишком много неудачных попыток. Начните вход заново: /start',
  textExpected: 'Напишите ответ сообщением или нажмите «Отмена».',
  cancelled: 'Вход по e-mail отменён.',
} as const;

/** Confirmation of a new link: the company and the person, so that a wrong link is noticed at once. */
export function linkedText(link: TelegramLinkResult): string {
  const others = link.links.filter((item) => !item.current).length;
  return lines(
    '✅ Telegram привязан к личному кабинету.',
    '',
    `Организация: ${bold(link.member.shortName)}, ИНН ${escapeHtml(link.member.inn)}`,
    `Представитель: ${bold(link.representative.fullName)}`,
    others > 0 &&
      `\nЛичный кабинет привязан ещё к другим Telegram (${others}). Если это были не вы, завершите лишние привязки.`,
  );
}

export const accountTexts = {
  choose: 'Выберите организацию, с которой будете работать:',
  refusedMark: '⛔',
  currentMark: '✓',
  unlinked: (memberName: string) =>
    `Telegram отвязан от личного кабинета организации ${bold(memberName)}. Уведомления по ней больше не придут.`,
  nowCurrent: (memberName: string) => `Сейчас выбрана организация ${bold(memberName)}.`,
  notLinked: 'Telegram не привязан ни к одной организации.',
} as const;

export const refusalTexts = {
  ended: (memberName: string) =>
    `Связь с личным кабинетом организации ${bold(memberName)} завершена: привязку отменили или сменили пароль. ` +
    'Чтобы снова пользоваться ботом, привяжите Telegram заново.',
  /** `detail` is the API's reason (the staff's words for a suspension included), which says whom to turn to. */
  refused: (memberName: string, detail: string, sroPhone: string | null) =>
    lines(
      `⛔ Доступ к личному кабинету организации ${bold(memberName)} закрыт.`,
      '',
      escapeHtml(detail),
      '',
      commonTexts.sroPhone(sroPhone),
    ),
  checkAgain: '🔁 Проверить доступ снова',
  stillClosed: 'Доступ пока закрыт',
} as const;
