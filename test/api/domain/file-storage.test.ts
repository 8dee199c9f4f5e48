import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, it, expect } from '@jest/globals';
import { Types } from 'mongoose';
import { deleteFile, openFile, saveFile } from '../../../api/domain/shared/file-storage.js';
import { useTestDatabase } from '../../helpers/database.js';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('file storage', () => {
  useTestDatabase();

  it('when a file is saved, then it reads back with the same bytes, name, type and size', async () => {
    const data = Buffer.from('Акт сверки за I квартал 2026 г.', 'utf8');

    const saved = await saveFile({
      filename: 'акт сверки.txt',
      contentType: 'text/plain; charset=utf-8',
      data,
    });
    const opened = await openFile(saved.fileId);

    expect(saved.size).toBe(data.length);
    expect(opened).toMatchObject({
      filename: 'акт сверки.txt',
      contentType: 'text/plain; charset=utf-8',
      size: data.length,
    });
    expect(await readAll(opened!.stream)).toEqual(data);
  });

  it('when a stream larger than one GridFS chunk is saved, then all of it reads back, also by the id as a string', async () => {
    const data = randomBytes(600 * 1024);

    const saved = await saveFile({
      filename: 'scan.pdf',
      contentType: 'application/pdf',
      data: Readable.from([data]),
    });
    const opened = await openFile(saved.fileId.toHexString());

    expect(saved.size).toBe(data.length);
    expect((await readAll(opened!.stream)).equals(data)).toBe(true);
  });

  it('when the id is unknown or malformed, then there is no file', async () => {
    await expect(openFile(new Types.ObjectId())).resolves.toBeNull();
    await expect(openFile('not-an-id')).resolves.toBeNull();
  });

  it('when a file is deleted, then it cannot be opened, and deleting it again reports that it is gone', async () => {
    const saved = await saveFile({ filename: 'a.txt', contentType: 'text/plain', data: Buffer.from('a') });

    await expect(deleteFile(saved.fileId)).resolves.toBe(true);
    await expect(openFile(saved.fileId)).resolves.toBeNull();
    await expect(deleteFile(saved.fileId)).resolves.toBe(false);
  });
});
