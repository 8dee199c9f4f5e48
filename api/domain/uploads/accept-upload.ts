import { DomainError } from '../shared/domain-error.js';
import { sniffContentType } from './file-content-type.js';
import { safeFilename } from './safe-filename.js';
import { fileTooLargeError, MAX_FILE_BYTES } from './upload-limits.js';

/** A file as it came from the client. */
export interface IncomingFile {
  originalName: string;
  data: Buffer;
}

/** A file checked and ready to store: a safe name and the type its content shows. */
export interface AcceptedFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

export async function acceptUpload(file: IncomingFile): Promise<AcceptedFile> {
  const filename = safeFilename(file.originalName);
  if (file.data.length === 0) throw new DomainError('invalid', `Файл «${filename}» пустой.`, { filename });
  if (file.data.length > MAX_FILE_BYTES) throw fileTooLargeError(filename);
  return { filename, contentType: await sniffContentType(filename, file.data), data: file.data };
}
