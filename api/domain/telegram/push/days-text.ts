import { plural } from '../../shared/russian-plural.js';

/** «сегодня», «завтра», «через 7 дней». */
export function inDaysText(days: number): string {
  if (days <= 0) return 'сегодня';
  if (days === 1) return 'завтра';
  return `через ${days} ${plural(days, ['день', 'дня', 'дней'])}`;
}

const MINUTE_MS = 60_000;
/** Closer than this, a start is said in minutes. */
const SAID_IN_MINUTES_MS = 2 * 60 * MINUTE_MS;

/** «через 55 минут» for a start within two hours, otherwise as `inDaysText` says the day. */
export function startsInText(startsAt: Date, now: Date, daysLeft: number): string {
  const left = startsAt.getTime() - now.getTime();
  if (left >= SAID_IN_MINUTES_MS) return inDaysText(daysLeft);
  const minutes = Math.max(1, Math.round(left / MINUTE_MS));
  return `через ${minutes} ${plural(minutes, ['минуту', 'минуты', 'минут'])}`;
}
