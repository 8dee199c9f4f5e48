import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import mongoose, { mongo, Types } from 'mongoose';

const BUCKET_NAME = 'files';
const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

export interface StoredFile {
  fileId: Types.ObjectId;
  filename: string;
  contentType: string;
  size: number;
}

export interface OpenedFile extends Omit<StoredFile, 'fileId'> {
  stream: Readable;
}

function bucket(): mongo.GridFSBucket {
  const db = mongoose.connection.db;
  if (!db) throw new Error('file storage: MongoDB is not connected');
  return new mongo.GridFSBucket(db, { bucketName: BUCKET_NAME });
}

function toObjectId(fileId: Types.ObjectId | string): Types.ObjectId | null {
  if (fileId instanceof Types.ObjectId) return fileId;
  return /^[\da-f]{24}$/i.test(fileId) ? new Types.ObjectId(fileId) : null;
}

/** Stores a file in GridFS; a failed upload leaves no chunks behind. */
export async function saveFile(file: {
  filename: string;
  contentType: string;
  data: Buffer | Readable;
}): Promise<StoredFile> {
  const upload = bucket().openUploadStream(file.filename, { metadata: { contentType: file.contentType } });
  try {
    await pipeline(Buffer.isBuffer(file.data) ? Readable.from([file.data]) : file.data, upload);
  } catch (error) {
    await upload.abort().catch(() => undefined);
    throw error;
  }
  return {
    fileId: new Types.ObjectId(upload.id.toHexString()),
    filename: file.filename,
    contentType: file.contentType,
    size: upload.gridFSFile?.length ?? upload.length,
  };
}

/** The file's bytes as a stream with its name, type and size; null when there is no such file. */
export async function openFile(fileId: Types.ObjectId | string): Promise<OpenedFile | null> {
  const id = toObjectId(fileId);
  if (!id) return null;
  const files = bucket();
  const [found] = await files.find({ _id: id }).limit(1).toArray();
  if (!found) return null;
  const contentType: unknown = found.metadata?.contentType;
  return {
    stream: files.openDownloadStream(id),
    filename: found.filename,
    contentType: typeof contentType === 'string' ? contentType : DEFAULT_CONTENT_TYPE,
    size: found.length,
  };
}

/** Removes a file and its chunks; false when there was no such file. */
export async function deleteFile(fileId: Types.ObjectId | string): Promise<boolean> {
  const id = toObjectId(fileId);
  if (!id) return false;
  try {
    await bucket().delete(id);
    return true;
  } catch (error) {
    if (error instanceof mongo.MongoRuntimeError && error.message.startsWith('File not found')) return false;
    throw error;
  }
}
