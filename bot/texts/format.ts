/** Russian formatting of what the API answers; the SRO's dates are Moscow dates. */
const TIME_ZONE = 'Europe/Moscow';

const rubles = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 });
const percents = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
const dates = new Intl.DateTimeFormat('ru-RU', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const times = new Intl.DateTimeFormat('ru-RU', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** Text for parse_mode HTML: only these three characters need escaping. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const bold = (text: string) => `<b>${escapeHtml(text)}</b>`;

export const rub = (amount: number) => `${rubles.format(amount)} ₽`;

export const percent = (value: number) => `${percents.format(value)} %`;

export const date = (iso: string) => dates.format(new Date(iso));

export const dateTime = (iso: string) => `${date(iso)} в ${times.format(new Date(iso))}`;

/** «1 день», «2 дня», «5 дней». */
export function plural(count: number, one: string, few: string, many: string): string {
  const tens = Math.abs(count) % 100;
  const units = tens % 10;
  if (tens >= 11 && tens <= 14) return `${count} ${many}`;
  if (units === 1) return `${count} ${one}`;
  if (units >= 2 && units <= 4) return `${count} ${few}`;
  return `${count} ${many}`;
}

export const days = (count: number) => plural(count, 'день', 'дня', 'дней');

/** Lines joined into a message, empty ones dropped (optional parts of a screen). */
export const lines = (...parts: (string | false | null | undefined)[]) =>
  parts.filter((part): part is string => typeof part === 'string').join('\n');
