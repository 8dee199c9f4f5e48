function normalizeName(name: string): string {
  return name.toLocaleLowerCase('ru').replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

/** Whether two full names are the same as people write them: letter case, ё/е and extra spaces do not matter. */
export function isSameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}
