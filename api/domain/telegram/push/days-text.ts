import { plural } from '../../shared/russian-plural.js';

/** «сегодня», «завтра», «через 7 дней». */
export function inDaysText(days: number): string {
  if (days <= 0) return 'сегодня';
  if (days === 1) return 'завтра';
  return `через ${days} ${plural(days, ['день', 'дня', 'дней'])}`;
}
