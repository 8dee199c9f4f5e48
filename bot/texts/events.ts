import type { EventPage } from '../api/cabinet-api.js';
import type { CalendarSubscription } from '../api/telegram-api.js';
import { bold, date, dateTime, escapeHtml, lines } from './format.js';
import { shorten } from './shorten.js';

type SroEvent = EventPage['items'][number];

function eventText(event: SroEvent): string {
  const sameDay = date(event.startsAt) === date(event.endsAt);
  return lines(
    '',
    `${bold(event.title)}`,
    `${escapeHtml(event.kindLabel)}, ${dateTime(event.startsAt)}${sameDay ? '' : ` — ${date(event.endsAt)}`}`,
    event.location && `Место: ${escapeHtml(event.location)}`,
    event.videoUrl && `Видеоконференция: ${escapeHtml(event.videoUrl)}`,
  );
}

export function eventsText(page: EventPage): string {
  if (page.total === 0) return 'Предстоящих событий пока нет.';
  return lines(
    `📅 ${bold('Предстоящие события')} (${page.total})`,
    ...page.items.map(eventText),
    '',
    'Кнопка 📥 пришлёт файл события: откройте его, и событие добавится в календарь телефона.',
  );
}

export const eventTexts = {
  subscribe: '🗓 Подписаться на календарь',
  fileButton: (event: SroEvent) => `📥 ${date(event.startsAt).slice(0, 5)} ${shorten(event.title, 36)}`,
  preparingFile: 'Готовлю файл для календаря…',
  fileCaption:
    'Откройте файл, чтобы добавить событие в календарь: время московское, напоминания за день и за час до начала.',
  defaultFilename: 'Событие СРО.ics',
  backToEvents: '‹ К событиям',
  notFound: 'Событие не найдено: возможно, его отменили. Откройте список событий заново.',
} as const;

/** The personal iCal link and how to add it to a phone's calendar. */
export function calendarText(subscription: CalendarSubscription): string {
  return lines(
    `🗓 ${bold('Календарь СРО в вашем телефоне')}`,
    'События, сроки отчётов, окончание страховок и сроки оплаты взносов появятся в календаре сами и будут обновляться.',
    '',
    'Ваша личная ссылка (не передавайте её другим):',
    `<code>${escapeHtml(subscription.url)}</code>`,
    '',
    `${bold('iPhone')}: откройте ссылку ${escapeHtml(subscription.webcalUrl)} и нажмите «Подписаться». Или: Настройки → Календарь → Учётные записи → Добавить → Другое → Подписной календарь, вставьте ссылку.`,
    '',
    `${bold('Android')}: на компьютере откройте calendar.google.com → «Другие календари» → «+» → «Добавить по URL», вставьте ссылку; календарь появится в телефоне после синхронизации.`,
  );
}
