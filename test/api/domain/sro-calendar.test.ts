import { describe, it, expect } from '@jest/globals';
import { calendarDayNumber, formatDate } from '../../../api/domain/shared/sro-calendar.js';

describe('SRO calendar days', () => {
  it('when an instant is late evening in UTC but already the next day in Moscow, then the Moscow day counts', () => {
    const lateUtc = new Date('2025-03-31T22:30:00Z');
    expect(calendarDayNumber(lateUtc)).toBe(calendarDayNumber(new Date('2025-04-01T12:00:00+03:00')));
    expect(formatDate(lateUtc)).toBe('01.04.2025');
  });

  it('when two instants fall on consecutive Moscow days, then their numbers differ by one', () => {
    const evening = new Date('2025-02-28T23:59:00+03:00');
    const morning = new Date('2025-03-01T00:01:00+03:00');
    expect(calendarDayNumber(morning) - calendarDayNumber(evening)).toBe(1);
  });

  it('when the instant is the Unix epoch, then it is day 0', () => {
    expect(calendarDayNumber(new Date('1970-01-01T00:00:00+03:00'))).toBe(0);
  });
});
