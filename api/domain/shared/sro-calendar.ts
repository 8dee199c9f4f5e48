/** Due dates and expiries are calendar days in the SRO's time zone, whatever the server's zone. */
export const SRO_TIME_ZONE = 'Europe/Moscow';

const MS_PER_DAY = 86_400_000;
const dayParts = new Intl.DateTimeFormat('en-US', {
  timeZone: SRO_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});
const russianDate = new Intl.DateTimeFormat('ru-RU', { timeZone: SRO_TIME_ZONE });
const hourOfDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: SRO_TIME_ZONE,
  hour: 'numeric',
  hourCycle: 'h23',
});

/** The hour (0–23) an instant falls on by the SRO's clock. */
export const sroHour = (instant: Date): number => Number(hourOfDay.format(instant));

/** The number of the SRO calendar day an instant falls on, counted from 1970-01-01. */
export function calendarDayNumber(instant: Date): number {
  const part = Object.fromEntries(
    dayParts.formatToParts(instant).map(({ type, value }) => [type, Number(value)]),
  );
  return Date.UTC(part.year!, part.month! - 1, part.day!) / MS_PER_DAY;
}

/** «31.03.2025», the SRO calendar day of an instant. */
export function formatDate(instant: Date): string {
  return russianDate.format(instant);
}

const longDate = new Intl.DateTimeFormat('ru-RU', {
  timeZone: SRO_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** «12 марта 2026», the SRO calendar day of an instant in words. */
export const formatLongDate = (instant: Date) => longDate.format(instant).replace(/\s*г\.$/, '');

const moscowDateTime = new Intl.DateTimeFormat('ru-RU', {
  timeZone: SRO_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** «24.11.2026, 14:05 (мск)». */
export const formatMoscowDateTime = (instant: Date) => `${moscowDateTime.format(instant)} (мск)`;
