import { SRO_TIME_ZONE } from '../../shared/sro-calendar.js';

const moscowDateTime = new Intl.DateTimeFormat('ru-RU', {
  timeZone: SRO_TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** «24.11.2026, 14:05 (мск)». */
export const moscowDateTimeText = (instant: Date) => `${moscowDateTime.format(instant)} (мск)`;
