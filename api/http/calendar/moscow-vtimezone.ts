import { SRO_TIME_ZONE } from '../../domain/shared/sro-calendar.js';

/**
 * Europe/Moscow as a VTIMEZONE (RFC 5545 §3.6.5): UTC+3 all year, without daylight saving, since 26 October 2014 —
 * written out here rather than taken from a time zone database, as the zone has one rule. Times before that date
 * would read an hour off, and the calendar holds none.
 */
export const MOSCOW_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${SRO_TIME_ZONE}`,
  `X-LIC-LOCATION:${SRO_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'TZNAME:MSK',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0300',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');
