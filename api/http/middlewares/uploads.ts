import type { Request, RequestHandler } from 'express';
import multer from 'multer';
import { DomainError } from '../../domain/shared/domain-error.js';
import type { IncomingFile } from '../../domain/uploads/accept-upload.js';
import { safeFilename } from '../../domain/uploads/safe-filename.js';
import { fileTooLargeError, MAX_FILE_BYTES, tooManyFilesError } from '../../domain/uploads/upload-limits.js';

/** A form field that carries files, and how many it may carry. */
export interface UploadField {
  name: string;
  maxCount: number;
}

const MAX_TEXT_FIELDS = 20;
const MAX_TEXT_FIELD_BYTES = 64 * 1024;

const totalFiles = (fields: readonly UploadField[]) =>
  fields.reduce((total, { maxCount }) => total + maxCount, 0);

function uploadError(error: unknown, fields: readonly UploadField[]): DomainError {
  if (!(error instanceof multer.MulterError)) {
    return new DomainError(
      'invalid',
      'Не удалось прочитать форму: тело запроса не является корректным multipart/form-data.',
    );
  }
  const field = fields.find((candidate) => candidate.name === error.field);
  switch (error.code) {
    case 'LIMIT_FILE_SIZE':
      return fileTooLargeError(safeFilename((error as { filename?: string }).filename ?? ''));
    case 'LIMIT_FILE_COUNT':
      return tooManyFilesError(totalFiles(fields));
    case 'LIMIT_UNEXPECTED_FILE':
      if (field) return tooManyFilesError(field.maxCount, field.name);
      return new DomainError(
        'invalid',
        `Файлы принимаются только в полях ${fields.map(({ name }) => `«${name}»`).join(', ')}.`,
      );
    case 'LIMIT_FIELD_VALUE':
      return new DomainError('too_large', `Значение поля «${error.field}» слишком длинное.`);
    default:
      return new DomainError('invalid', 'Слишком много полей в форме или неверные имена полей.');
  }
}

/**
 * Reads a multipart/form-data body into memory: text fields into `req.body`, files into `req.files`, each file up to
 * MAX_FILE_BYTES. Bodies of requests without a session are not read at all: the route refuses them first.
 */
export function multipartUploads(fields: readonly UploadField[]): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    // file names in Cyrillic arrive as UTF-8 in the plain `filename` parameter
    defParamCharset: 'utf8',
    limits: {
      fileSize: MAX_FILE_BYTES,
      files: totalFiles(fields),
      fields: MAX_TEXT_FIELDS,
      fieldSize: MAX_TEXT_FIELD_BYTES,
    },
  }).fields([...fields]);
  return (req, res, next) => {
    if (!req.principal) return next();
    upload(req, res, (error: unknown) => next(error ? uploadError(error, fields) : undefined));
  };
}

/** The files that came in one field of a multipart form. */
export function uploadedFiles(req: Request, field: string): IncomingFile[] {
  const files = (req.files as Record<string, Express.Multer.File[]> | undefined)?.[field] ?? [];
  return files.map((file) => ({ originalName: file.originalname, data: file.buffer }));
}
