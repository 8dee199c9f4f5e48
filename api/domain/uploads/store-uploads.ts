import type { Types } from 'mongoose';
import { deleteFile, saveFile, type StoredFile } from '../shared/file-storage.js';

export type FileToStore = Parameters<typeof saveFile>[0];

/** Deletes stored files, e.g. those of a submission that failed; a file that cannot be deleted now is left. */
export async function discardUploads(files: readonly { fileId: Types.ObjectId }[]): Promise<void> {
  await Promise.allSettled(files.map((file) => deleteFile(file.fileId)));
}

/** Saves files one after another; when one fails, those already saved are deleted, so none is left without owner. */
export async function storeUploads(files: readonly FileToStore[]): Promise<StoredFile[]> {
  const stored: StoredFile[] = [];
  try {
    for (const file of files) stored.push(await saveFile(file));
  } catch (error) {
    await discardUploads(stored);
    throw error;
  }
  return stored;
}
