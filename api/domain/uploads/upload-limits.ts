import { DomainError } from '../shared/domain-error.js';
import { plural } from '../shared/russian-plural.js';

/** One attached file may be up to 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** How many files one appeal (or letter) may carry, signed documents aside. */
export const MAX_ATTACHMENTS = 10;

const MAX_FILE_MEGABYTES = MAX_FILE_BYTES / (1024 * 1024);

export function fileTooLargeError(filename: string): DomainError {
  return new DomainError(
    'too_large',
    `Файл «${filename}» больше ${MAX_FILE_MEGABYTES} МБ — это наибольший допустимый размер файла.`,
    { filename, maxBytes: MAX_FILE_BYTES },
  );
}

/** Too many files in all, or in one field of a form. */
export function tooManyFilesError(maxCount: number, field?: string): DomainError {
  const files = `${maxCount} ${plural(maxCount, ['файла', 'файлов', 'файлов'])}`;
  const where = field ? ` в поле «${field}»` : '';
  return new DomainError('too_large', `Можно приложить не больше ${files}${where}.`, { maxFiles: maxCount });
}
