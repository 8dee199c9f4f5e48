const MAX_NAME_LENGTH = 120;
const MAX_EXTENSION_LENGTH = 10;
const FALLBACK_NAME = 'файл';

/** Control and invisible formatting characters (e.g. right-to-left overrides that disguise an extension). */
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
/** Characters Windows refuses in file names; folder separators are dealt with before. */
const RESERVED = /[<>:"|?*]/g;

function truncateKeepingExtension(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= MAX_EXTENSION_LENGTH + 1 ? name.slice(dot) : '';
  const stem = Array.from(name.slice(0, name.length - extension.length));
  return (
    stem
      .slice(0, MAX_NAME_LENGTH - Array.from(extension).length)
      .join('')
      .trimEnd() + extension
  );
}

/**
 * A client's file name made safe to store and to send back: the last path segment only, without control and
 * invisible characters or those Windows refuses, without leading and trailing dots and spaces, at most 120
 * characters with the extension kept. Cyrillic and other letters stay as they are.
 */
export function safeFilename(raw: string): string {
  const lastSegment = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(/\s+/g, ' ')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  return cleaned ? truncateKeepingExtension(cleaned) : FALLBACK_NAME;
}
