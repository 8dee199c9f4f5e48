const MOSCOW = 'Europe/Moscow';

const dayFormat = new Intl.DateTimeFormat('ru-RU', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: MOSCOW,
});
const timeFormat = new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit', timeZone: MOSCOW });
const moneyFormat = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB' });

const toDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));

/** «12 марта 2026», as the SRO writes dates (Moscow time, without «г.»). */
export const formatDay = (value: string | Date): string =>
  dayFormat.format(toDate(value)).replace(/\s?г\.$/, '');

/** «12 марта 2026, 14:30». */
export const formatDayTime = (value: string | Date): string =>
  `${formatDay(value)}, ${timeFormat.format(toDate(value))}`;

/** «1 234 567,89 ₽»; the API carries money as a decimal string or a number of roubles. */
export const formatMoney = (value: string | number): string => moneyFormat.format(Number(value));

const MOSCOW_OFFSET_MS = 3 * 3_600_000;

/** An instant as a datetime-local value in Moscow time («2027-02-16T10:00»), whatever the browser's zone. */
export const toMoscowInput = (value: string | Date | null | undefined): string =>
  value ? new Date(toDate(value).getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 16) : '';

/** A datetime-local value read as Moscow time (UTC+3 all year since 2014) → an instant for the API. */
export const fromMoscowInput = (value: string): string | null =>
  value ? new Date(`${value.slice(0, 16)}:00+03:00`).toISOString() : null;
