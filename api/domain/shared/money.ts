/** Money is kept in rubles with kopecks; arithmetic is done on whole kopecks so that sums do not drift. */
export function toKopecks(rubles: number): number {
  return Math.round(rubles * 100);
}

export function toRubles(kopecks: number): number {
  return kopecks / 100;
}

const rubles = new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB' });

/** «1 234 567,50 ₽». The spaces are non-breaking (U+00A0), as Intl writes them, so an amount never wraps. */
export function formatRub(amount: number): string {
  return rubles.format(amount);
}
