import { transliterate } from 'transliteration';

/** Characters encodeURIComponent leaves alone but RFC 8187 does not allow unescaped. */
const RFC_8187_EXTRA = /['()*]/g;

/** Letters as Russian passports spell them (Цех → Tsekh), and marks the library spells clumsily («…» as <<…>>). */
const LATIN = {
  Ц: 'Ts',
  ц: 'ts',
  Х: 'Kh',
  х: 'kh',
  '«': '',
  '»': '',
  '„': '',
  '“': '',
  '”': '',
  '№': 'N',
  '—': '-',
  '–': '-',
};

/** The name spelled in Latin letters (Акт сверки.pdf → Akt sverki.pdf), with quotes and non-ASCII left out. */
function asciiFallback(filename: string): string {
  const latin = transliterate(filename, { replace: LATIN });
  const safe = latin
    .replaceAll('"', "'")
    .replace(/[^\x20-\x7e]|[\\%]/g, '_')
    .replace(/ {2,}/g, ' ')
    .replace(/ (\.[^.]*)$/, '$1')
    .trim();
  return safe === '' || safe.startsWith('.') ? `file${safe}` : safe;
}

/**
 * `attachment` with the file's name twice (RFC 6266): a Latin transliteration for old clients, and the exact name in
 * UTF-8 (RFC 8187) that current browsers use. Control characters and quotes never reach the header.
 */
export function attachmentDisposition(filename: string): string {
  const encoded = encodeURIComponent(filename).replace(
    RFC_8187_EXTRA,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFallback(filename)}"; filename*=UTF-8''${encoded}`;
}
