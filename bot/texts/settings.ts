import type { NotificationKind, NotificationSettings, TelegramLinkView } from '../api/telegram-api.js';
import { bold, dateTime, lines } from './format.js';

export const NOTIFICATION_LABELS: Record<NotificationKind, string> = {
  newLetters: 'Новые письма',
  appealStatus: 'Статус обращений',
  eventReminders: 'Напоминания о событиях',
  duesDebt: 'Задолженность по взносам',
  insuranceExpiry: 'Окончание страхования',
  reportDeadlines: 'Сроки отчётов',
  odoUsage: 'Обязательства ОДО у предела',
};

export const settingsTexts = {
  links: '📱 Привязки Telegram',
  toggle: (kind: NotificationKind, on: boolean) => `${on ? '🔔' : '🔕'} ${NOTIFICATION_LABELS[kind]}`,
  endLink: (link: TelegramLinkView) => `Завершить привязку от ${dateTime(link.linkedAt)}`,
  linkEnded: 'Привязка завершена',
  linkAlreadyEnded: 'Этой привязки уже нет — вот привязки сейчас',
} as const;

export function settingsText(settings: NotificationSettings): string {
  const enabled = Object.values(settings).filter(Boolean).length;
  return lines(
    `⚙️ ${bold('Уведомления в Telegram')}`,
    'Нажмите на пункт, чтобы включить или выключить его.',
    `Включено: ${enabled} из ${Object.keys(settings).length}.`,
  );
}

/** The Telegram accounts linked to this representative's cabinet; the others can be ended from here. */
export function linksText(links: TelegramLinkView[]): string {
  const others = links.filter((link) => !link.current);
  return lines(
    `📱 ${bold('Привязки Telegram')}`,
    ...links.map(
      (link) => `• ${link.current ? 'Этот Telegram' : 'Другой Telegram'}, с ${dateTime(link.linkedAt)}`,
    ),
    '',
    others.length > 0
      ? 'Если какую-то привязку делали не вы, завершите её и смените пароль в личном кабинете.'
      : 'Других привязок нет.',
  );
}
