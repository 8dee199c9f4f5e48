/** Characters encodeURIComponent leaves alone but RFC 8187 does not allow unescaped. */
const RFC_8187_EXTRA = /['()*]/g;

/**
 * `attachment` with the file's name twice (RFC 6266): an ASCII stand-in for old clients, and the exact name in UTF-8
 * (RFC 8187) that current browsers use. Control characters and quotes never reach the header.
 */
export function attachmentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    RFC_8187_EXTRA,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
