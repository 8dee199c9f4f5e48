import { Readable } from 'node:stream';
import { describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { storeUploads } from '../../../api/domain/uploads/store-uploads.js';
import { useTestDatabase } from '../../helpers/database.js';

const gridFsCount = async () => ({
  files: await mongoose.connection.db!.collection('files.files').countDocuments(),
  chunks: await mongoose.connection.db!.collection('files.chunks').countDocuments(),
});

describe('storeUploads', () => {
  useTestDatabase();

  it('when the third file fails half-way, then the two stored before it are deleted and nothing is left', async () => {
    let sent = false;
    const breaking = new Readable({
      read() {
        if (sent) return this.destroy(new Error('connection reset while uploading'));
        sent = true;
        this.push(Buffer.alloc(300 * 1024, 1));
      },
    });

    const storing = storeUploads([
      { filename: 'первый.pdf', contentType: 'application/pdf', data: Buffer.from('%PDF-1.4 один') },
      { filename: 'второй.png', contentType: 'image/png', data: Buffer.alloc(400 * 1024, 2) },
      { filename: 'третий.pdf', contentType: 'application/pdf', data: breaking },
    ]);

    await expect(storing).rejects.toThrow('connection reset while uploading');
    expect(await gridFsCount()).toEqual({ files: 0, chunks: 0 });
  });

  it('when every file stores, then they come back in order with ids and sizes', async () => {
    const stored = await storeUploads([
      { filename: 'a.txt', contentType: 'text/plain; charset=utf-8', data: Buffer.from('один') },
      { filename: 'b.txt', contentType: 'text/plain; charset=utf-8', data: Buffer.from('два два') },
    ]);

    expect(stored.map(({ filename, size }) => ({ filename, size }))).toEqual([
      { filename: 'a.txt', size: 8 },
      { filename: 'b.txt', size: 13 },
    ]);
  });
});
