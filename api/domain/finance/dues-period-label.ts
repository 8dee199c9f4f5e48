const MONTHS = [
  'Январь',
  'Февраль',
  'Март',
  'Апрель',
  'Май',
  'Июнь',
  'Июль',
  'Август',
  'Сентябрь',
  'Октябрь',
  'Ноябрь',
  'Декабрь',
];
const QUARTERS = ['I', 'II', 'III', 'IV'];

/** A dues period as a person reads it: «IV квартал 2026» for `2026-Q4`, «Январь 2026» for `2026-01`. */
export function duesPeriodLabel(period: string): string {
  const [year, part = ''] = period.split('-');
  const quarter = /^Q([1-4])$/.exec(part)?.[1];
  if (quarter) return `${QUARTERS[Number(quarter) - 1]} квартал ${year}`;
  return MONTHS[Number(part) - 1] ? `${MONTHS[Number(part) - 1]} ${year}` : period;
}
