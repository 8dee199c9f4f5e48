import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import type { OpenedFile } from '../../domain/shared/file-storage.js';

/** Streams a stored file as a download under its own name (any script or language), with the type it was stored as. */
export async function sendStoredFile(res: Response, file: OpenedFile): Promise<void> {
  res.attachment(file.filename);
  res.type(file.contentType);
  res.setHeader('Content-Length', String(file.size));
  await pipeline(file.stream, res);
}
