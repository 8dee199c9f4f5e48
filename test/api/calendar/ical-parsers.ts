import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';

/** A time as a parser read it: a whole day, or an instant with the wall-clock time, zone and offset it was given in. */
export type ParsedTime =
  { date: string } | { utc: string; local: string; tzid: string | null; offset: number };

export interface ParsedAlarm {
  action: string | null;
  secondsBefore: number;
  description: string | null;
}

export interface ParsedEvent {
  uid: string | null;
  summary: string | null;
  description: string | null;
  location: string | null;
  start: ParsedTime | null;
  end: ParsedTime | null;
  alarms: ParsedAlarm[];
}

/** What a calendar app takes from a feed, the same shape from either parser. */
export interface ParsedCalendar {
  calendar: {
    name: string | null;
    timezone: string | null;
    method: string | null;
    refreshSeconds: number | null;
    publishedTtl: string | null;
  };
  /** Each VTIMEZONE with its UTC offsets (s) at noon of 15 January and 15 July of 2015, 2026 and 2040. */
  timezones: { tzid: string | null; offsets: number[] }[];
  events: ParsedEvent[];
  /** Problems the parser noted while reading (Python's icalendar keeps them on the components). */
  errors: string[];
}

const SAMPLE_DAYS = [2015, 2026, 2040].flatMap((year) => [1, 7].map((month) => ({ year, month })));

const stringOrNull = (value: unknown) => (value === null || value === undefined ? null : String(value));

function timeOf(property: ICAL.Property | null): ParsedTime | null {
  if (!property) return null;
  const time = property.getFirstValue() as ICAL.Time;
  if (time.isDate) return { date: time.toString() };
  const tzid = property.getParameter('tzid');
  return {
    utc: time
      .toJSDate()
      .toISOString()
      .replace(/\.000Z$/, 'Z'),
    local: time.toString(),
    tzid: typeof tzid === 'string' ? tzid : null,
    offset: time.utcOffset(),
  };
}

/** The feed read by Mozilla's ical.js (the parser of Thunderbird), times resolved through its VTIMEZONEs. */
export function parseWithIcalJs(text: string): ParsedCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const value = (component: ICAL.Component, name: string) =>
    stringOrNull(component.getFirstPropertyValue(name));
  const refresh = calendar.getFirstPropertyValue('refresh-interval') as ICAL.Duration | null;
  return {
    calendar: {
      name: value(calendar, 'x-wr-calname'),
      timezone: value(calendar, 'x-wr-timezone'),
      method: value(calendar, 'method'),
      refreshSeconds: refresh ? refresh.toSeconds() : null,
      publishedTtl: value(calendar, 'x-published-ttl'),
    },
    timezones: calendar.getAllSubcomponents('vtimezone').map((component) => {
      const zone = new ICAL.Timezone({ component, tzid: value(component, 'tzid') });
      return {
        tzid: zone.tzid,
        offsets: SAMPLE_DAYS.map(({ year, month }) =>
          zone.utcOffset(ICAL.Time.fromData({ year, month, day: 15, hour: 12, minute: 0, second: 0 })),
        ),
      };
    }),
    events: calendar.getAllSubcomponents('vevent').map((component) => ({
      uid: value(component, 'uid'),
      summary: value(component, 'summary'),
      description: value(component, 'description'),
      location: value(component, 'location'),
      start: timeOf(component.getFirstProperty('dtstart')),
      end: timeOf(component.getFirstProperty('dtend')),
      alarms: component.getAllSubcomponents('valarm').map((alarm) => ({
        action: value(alarm, 'action'),
        secondsBefore: -(alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
        description: value(alarm, 'description'),
      })),
    })),
    errors: [],
  };
}

const PYTHON_READER = fileURLToPath(new URL('./parse_ics.py', import.meta.url));
const MISSING_ICALENDAR =
  "Python's icalendar package is not installed, and the calendar tests need it to read the feed: " +
  'run `python3 -m pip install icalendar` (.ci/run does it before the tests).';

/** The feed read by Python's icalendar (python3 test/api/calendar/parse_ics.py, the feed on stdin). */
export function parseWithPythonIcalendar(text: string): ParsedCalendar {
  const run = spawnSync('python3', [PYTHON_READER], { input: text, encoding: 'utf8', timeout: 20_000 });
  if (run.error) throw new Error(`python3 could not be run (${run.error.message}). ${MISSING_ICALENDAR}`);
  if (run.status === 3 && run.stderr.includes('icalendar-missing')) throw new Error(MISSING_ICALENDAR);
  if (run.status !== 0) throw new Error(`Python's icalendar could not read the feed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as ParsedCalendar;
}

/** Both readings, after checking that they agree on every entry and on the calendar's own properties. */
export function parseWithBoth(text: string): ParsedCalendar {
  const mozilla = parseWithIcalJs(text);
  const python = parseWithPythonIcalendar(text);
  if (python.errors.length > 0) throw new Error(`Python's icalendar noted: ${python.errors.join('; ')}`);
  const comparable = (parsed: ParsedCalendar) => ({ ...parsed, errors: [] });
  if (JSON.stringify(comparable(mozilla)) !== JSON.stringify(comparable(python))) {
    throw new Error(
      `ical.js and Python's icalendar read the feed differently:\nical.js: ${JSON.stringify(mozilla, null, 1)}\n` +
        `icalendar: ${JSON.stringify(python, null, 1)}`,
    );
  }
  return mozilla;
}
