import type {
  ICalTemporalInstantStub,
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';
import { SRO_TIME_ZONE } from '../../domain/shared/sro-calendar.js';

/** Moscow's one offset from UTC, the rule of MOSCOW_VTIMEZONE: the wall-clock times written agree with it. */
const OFFSETS_MS: Record<string, number> = { [SRO_TIME_ZONE]: 3 * 3_600_000, UTC: 0 };

function offsetOf(zone: string): number {
  const offset = OFFSETS_MS[zone];
  if (offset === undefined) throw new Error(`no fixed offset known for ${zone}`);
  return offset;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The wall-clock fields of an instant at an offset. */
class WallClock implements ICalTemporalPlainDateTimeStub {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;

  constructor(
    readonly epochMilliseconds: number,
    offsetMs: number,
  ) {
    const shifted = new Date(epochMilliseconds + offsetMs);
    this.year = shifted.getUTCFullYear();
    this.month = shifted.getUTCMonth() + 1;
    this.day = shifted.getUTCDate();
    this.hour = shifted.getUTCHours();
    this.minute = shifted.getUTCMinutes();
    this.second = shifted.getUTCSeconds();
  }

  toPlainDate(): ICalTemporalPlainDateStub {
    const text = `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
    return { year: this.year, month: this.month, day: this.day, toJSON: () => text, toString: () => text };
  }

  toZonedDateTime(timeZone: string): ICalTemporalZonedDateTimeStub {
    const wall = Date.UTC(this.year, this.month - 1, this.day, this.hour, this.minute, this.second);
    return new ZonedTime(new Date(wall - offsetOf(timeZone)), timeZone);
  }

  toString(): string {
    return `${this.toPlainDate().toString()}T${pad(this.hour)}:${pad(this.minute)}:${pad(this.second)}`;
  }

  toJSON(): string {
    return this.toString();
  }
}

/**
 * An instant in Moscow (or UTC), as ical-generator takes a Temporal.ZonedDateTime: it writes the wall-clock time
 * with the entry's TZID. Computed from the fixed offset, so it costs no time zone lookup (luxon's took about half
 * of the render time of a 1 000-entry feed) and does not depend on the server's own zone.
 */
class ZonedTime extends WallClock implements ICalTemporalZonedDateTimeStub {
  constructor(
    readonly instant: Date,
    readonly timeZoneId: string,
  ) {
    super(instant.getTime(), offsetOf(timeZoneId));
  }

  private asInstant: ICalTemporalInstantStub | null = null;

  /** Made once: ical-generator asks for it each time it compares an entry's start with its end. */
  toInstant(): ICalTemporalInstantStub {
    this.asInstant ??= new Instant(this.instant);
    return this.asInstant;
  }

  toPlainDateTime(): ICalTemporalPlainDateTimeStub {
    return new WallClock(this.instant.getTime(), offsetOf(this.timeZoneId));
  }

  withTimeZone(timeZone: string): ICalTemporalZonedDateTimeStub {
    return timeZone === this.timeZoneId ? this : new ZonedTime(this.instant, timeZone);
  }
}

class Instant implements ICalTemporalInstantStub {
  readonly epochMilliseconds: number;

  constructor(private readonly instant: Date) {
    this.epochMilliseconds = instant.getTime();
  }

  toZonedDateTimeISO(timeZone: string): ICalTemporalZonedDateTimeStub {
    return new ZonedTime(this.instant, timeZone);
  }

  toString(): string {
    return this.instant.toISOString();
  }

  toJSON(): string {
    return this.toString();
  }
}

/** An instant at Moscow time. */
export const inMoscow = (instant: Date): ICalTemporalZonedDateTimeStub =>
  new ZonedTime(instant, SRO_TIME_ZONE);

/** Midnight in Moscow of a whole SRO day given as its UTC midnight: written as that DATE. */
export const moscowMidnight = (utcMidnight: Date): ICalTemporalZonedDateTimeStub =>
  new ZonedTime(new Date(utcMidnight.getTime() - offsetOf(SRO_TIME_ZONE)), SRO_TIME_ZONE);
