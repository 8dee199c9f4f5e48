const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
/** Passport-style Latin for each letter of CYRILLIC; «_» stands for none (ъ, ь). */
const LATIN = 'a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya'.split(' ');
const LETTERS = new Map<string, string>([
  ...Array.from(CYRILLIC, (char, i): [string, string] => [char, LATIN[i]!.replace('_', '')]),
  ['№', 'No'],
  ['«', '"'],
  ['»', '"'],
  ['—', '-'],
  ['–', '-'],
  ['\u00a0', ' '],
]);

/** Russian text in Latin letters, e.g. «Стройинвест» → "Stroyinvest"; other non-ASCII characters become «?». */
export function transliterate(text: string): string {
  return Array.from(text, (char) => {
    const lower = char.toLowerCase();
    const latin = LETTERS.get(lower);
    if (latin === undefined) return char.charCodeAt(0) < 128 ? char : '?';
    return char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  }).join('');
}

/** A name fit for an e-mail address or a domain: «СК Вектор-2» → "sk-vektor-2". */
export function slug(text: string): string {
  return transliterate(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
