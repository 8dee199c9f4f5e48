export const DAY_MS = 86_400_000;
/** Moscow has kept UTC+3 all year round since 2014. */
const MOSCOW_OFFSET_MS = 3 * 3_600_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The calendar date of an instant in Moscow; `month` is 1–12. */
export function moscowDate(instant: Date): { year: number; month: number; day: number } {
  const local = new Date(instant.getTime() + MOSCOW_OFFSET_MS);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** An instant given by Moscow wall-clock time; `month` is 1–12 and may run over (13 is January next year). */
export function atMoscow(year: number, month: number, day: number, hour = 12, minute = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute) - MOSCOW_OFFSET_MS);
}

/** The same Moscow calendar day as `instant`, at the given wall-clock time. */
export function onMoscowDay(instant: Date, hour: number, minute = 0): Date {
  const { year, month, day } = moscowDate(instant);
  return atMoscow(year, month, day, hour, minute);
}

export function earliest(...dates: Date[]): Date {
  return new Date(Math.min(...dates.map((date) => date.getTime())));
}

export function latest(...dates: Date[]): Date {
  return new Date(Math.max(...dates.map((date) => date.getTime())));
}
