import type { Letter, LetterBrief, LetterPage } from '../api/letters-api.js';
import { bold, date, lines, plural } from './format.js';
import { shorten } from './shorten.js';

/** Telegram refuses messages longer than this (in UTF-16 code units). */
const MESSAGE_LIMIT = 4096;
/** Bots may upload files up to 50 MB. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

const BUTTON_SUBJECT_LENGTH = 40;

const megabytes = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
const sizeInMegabytes = (bytes: number) => `${megabytes.format(bytes / (1024 * 1024))} МБ`;

export const lettersTexts = {
  empty: '✉️ Писем пока нет. Когда СРО пришлёт письмо, бот сообщит о нём.',
  pageHeader: (page: LetterPage) =>
    lines(
      `✉️ ${bold('Переписка с СРО')}: ${plural(page.total, 'письмо', 'письма', 'писем')}`,
      'Непрочитанные — сверху, они отмечены ●; ↗ — письма организации в СРО.',
      'Нажмите на письмо, чтобы открыть его.',
    ),
  /** One button of the list: ● 12.03.2026 · О проведении общего собрания */
  button: (letter: LetterBrief) =>
    `${letter.unread ? '● ' : ''}${letter.direction === 'outgoing' ? '↗ ' : ''}${date(letter.createdAt)} · ` +
    shorten(letter.subject, BUTTON_SUBJECT_LENGTH),
  backToLetters: '‹ К письмам',
  toAppeal: '📨 Обращение',
  tooLargeToSend: (filename: string, size: number) =>
    `📎 Файл «${filename}» (${sizeInMegabytes(size)}) больше 50 МБ — Telegram не позволяет боту отправить ` +
    'такой файл. Откройте письмо в личном кабинете на сайте СРО и скачайте файл там.',
  notFound: 'Письмо не найдено. Откройте список писем заново.',
} as const;

/** The letter as plain text (no markup, so that any text of the SRO's expert shows as written). */
export function letterText(letter: Letter): string {
  const files = letter.attachments.length;
  return [
    lines(
      `✉️ Письмо № ${letter.registrationNumber}`,
      `${letter.directionLabel} · ${letter.statusLabel}`,
      `Дата: ${date(letter.createdAt)}`,
      letter.expertName && `Эксперт СРО: ${letter.expertName}`,
      `Тема: ${letter.subject}`,
      files > 0 && `📎 ${plural(files, 'файл', 'файла', 'файлов')} — ниже`,
    ),
    letter.text.trim(),
  ]
    .filter(Boolean)
    .join('\n\n');
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Where to cut: after a paragraph, a line or a word in the second half of the piece, else right at the limit. */
function cutIndex(text: string, limit: number): number {
  for (const separator of ['\n\n', '\n', ' ']) {
    const at = text.lastIndexOf(separator, limit - separator.length);
    if (at >= limit / 2) return at + separator.length;
  }
  return isHighSurrogate(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
}

/** A long text as several messages, each within Telegram's limit, cut between paragraphs where possible. */
export function splitMessage(text: string, limit = MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = cutIndex(rest, limit);
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}
