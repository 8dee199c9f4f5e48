import { isUtf8 } from 'node:buffer';
import { fileTypeFromBuffer } from 'file-type';
import { DomainError } from '../shared/domain-error.js';

/** What may be attached, by the type found in the content: documents, scans and photos, spreadsheets, archives. */
const ALLOWED_SNIFFED_TYPES = new Set([
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/heic',
  'image/heif',
  'image/tiff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/zip',
]);

/** Word and Excel 97–2003 files are CFB containers, like installers; they are accepted only under these names. */
const LEGACY_OFFICE_TYPES: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};

const ALLOWED_DESCRIPTION =
  'PDF, изображения JPEG, PNG, HEIC и TIFF, документы Word, Excel и OpenDocument, архивы ZIP, текст TXT и CSV';

function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
}

/** Text in UTF-8, which no signature reveals: valid UTF-8 without NUL bytes. */
function isPlainText(data: Buffer): boolean {
  return isUtf8(data) && !data.includes(0);
}

/**
 * The content type of a file as its bytes show it, never as the client declares it; a type outside the allow-list is
 * refused naming the file.
 */
export async function sniffContentType(filename: string, data: Buffer): Promise<string> {
  const sniffed = await fileTypeFromBuffer(data);
  if (sniffed && ALLOWED_SNIFFED_TYPES.has(sniffed.mime)) return sniffed.mime;
  const extension = extensionOf(filename);
  if (sniffed?.ext === 'cfb' && LEGACY_OFFICE_TYPES[extension]) return LEGACY_OFFICE_TYPES[extension];
  if (!sniffed && isPlainText(data)) {
    return extension === 'csv' ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8';
  }
  throw new DomainError(
    'unsupported_type',
    `Файл «${filename}» нельзя приложить: такой тип файлов не принимается. Можно прикладывать ${ALLOWED_DESCRIPTION}.`,
    { filename },
  );
}
