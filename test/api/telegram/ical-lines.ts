/** A parsed VEVENT: property name (without parameters) → value, and the raw DTSTART line. */
export type CalendarEvent = Record<string, string>;

const unescape = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_match, char: string) => (char.toLowerCase() === 'n' ? '\n' : char));

/** Unfolds an iCalendar text (RFC 5545 §3.1) and reads its VEVENTs; throws when the structure is broken. */
export function parseCalendar(text: string): { calendar: Record<string, string>; events: CalendarEvent[] } {
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  if (lines[0] !== 'BEGIN:VCALENDAR' || lines.at(-1) !== 'END:VCALENDAR') throw new Error('not a VCALENDAR');
  const calendar: Record<string, string> = {};
  const events: CalendarEvent[] = [];
  let current: CalendarEvent | null = null;
  for (const line of lines.slice(1, -1)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      if (!current) throw new Error('END:VEVENT without BEGIN');
      events.push(current);
      current = null;
    } else {
      const colon = line.indexOf(':');
      const [name, ...parameters] = line.slice(0, colon).split(';');
      const target = current ?? calendar;
      target[name!] = unescape(line.slice(colon + 1));
      if (parameters.length > 0) target[`${name!};`] = parameters.join(';');
    }
  }
  return { calendar, events };
}
