import { z } from 'zod';

/** The SRO's days are Moscow days; Moscow has kept UTC+3 all year round since 2014. */
const MOSCOW_OFFSET = '+03:00';
const DAY_MS = 86_400_000;

const dayOrInstant = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: 'Укажите дату (2026-03-31) или момент времени ISO 8601 (2026-03-31T09:00:00Z)',
  })
  .meta({ description: 'Дата (сутки по московскому времени) или момент времени ISO 8601' });

const startOfDay = (day: string) => Date.parse(`${day}T00:00:00${MOSCOW_OFFSET}`);
const isDay = (value: string) => value.length === 10;

/** A bare date starts the period at the beginning of that SRO day. */
const periodStart = dayOrInstant.transform((value) => new Date(isDay(value) ? startOfDay(value) : value));
/** A bare date ends the period with the end of that SRO day, so that the day itself is included. */
const periodEnd = dayOrInstant.transform(
  (value) => new Date(isDay(value) ? startOfDay(value) + DAY_MS - 1 : value),
);

export const periodQueryShape = { from: periodStart.optional(), to: periodEnd.optional() };

/** Refuses a period that ends before it starts. */
export const orderedPeriod = <T extends { from?: Date; to?: Date }>(query: T) =>
  !query.from || !query.to || query.from <= query.to;

export const ORDERED_PERIOD_ERROR = { error: 'Конец периода раньше его начала', path: ['to'] };
