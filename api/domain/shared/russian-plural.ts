const rules = new Intl.PluralRules('ru-RU');

/** The noun form for a count: plural(1, ['день', 'дня', 'дней']) → 'день', 2 → 'дня', 5 → 'дней', 1.5 → 'дня'. */
export function plural(count: number, [one, few, many]: readonly [string, string, string]): string {
  switch (rules.select(count)) {
    case 'one':
      return one;
    case 'many':
      return many;
    default:
      return few;
  }
}
