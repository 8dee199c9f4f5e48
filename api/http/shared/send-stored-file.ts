import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import type { OpenedFile } from '../../domain/shared/file-storage.js';
import { attachmentDisposition } from './content-disposition.js';

/** Streams a stored file as a download under its own name (any script or language), with the type it was stored as. */
export async function sendStoredFile(res: Response, file: OpenedFile): Promise<void> {
  res.set({
    'Content-Type': file.contentType,
    'Content-Length': String(file.size),
    'Content-Disposition': attachmentDisposition(file.filename),
    'Cache-Control': 'private, no-store',
  });
  await pipeline(file.stream, res);
}
