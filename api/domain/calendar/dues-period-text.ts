const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** «январь 2026» for `2026-01`, «1 квартал 2026» for `2026-Q1`. */
export function duesPeriodText(period: string): string {
  const [year, part = ''] = period.split('-');
  if (part.startsWith('Q')) return `${part.slice(1)} квартал ${year}`;
  return `${MONTHS[Number(part) - 1] ?? part} ${year}`;
}
