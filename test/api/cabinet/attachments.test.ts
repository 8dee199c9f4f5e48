import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'superagent';
import { Types } from 'mongoose';
import request from 'supertest';
import { saveFile, type StoredFile } from '../../../api/domain/shared/file-storage.js';
import { useTestApi } from '../../helpers/api-app.js';
import { createCast, letterFor, type CabinetCast } from './cabinet-fixtures.js';

function binary(response: Response, done: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('GET /api/v1/cabinet/letters/:id/attachments/:fileId', () => {
  const api = useTestApi();
  let cast: CabinetCast;
  const bytes = Buffer.from('%PDF-1.4 акт сверки взаимных расчётов', 'utf8');
  let act: StoredFile;
  let foreign: StoredFile;
  let letterA: string;
  let letterB: string;

  beforeAll(async () => {
    cast = await createCast(api.deps.hasher);
    act = await saveFile({ filename: 'act.pdf', contentType: 'application/pdf', data: bytes });
    foreign = await saveFile({ filename: 'b.txt', contentType: 'text/plain', data: Buffer.from('чужое') });
    const attachment = (file: StoredFile, filename: string) => ({ ...file, filename });
    letterA = (
      await letterFor(cast.memberA._id, { attachments: [attachment(act, 'Акт сверки №5 "итог".pdf')] })
    )._id.toHexString();
    letterB = (
      await letterFor(cast.memberB._id, { attachments: [attachment(foreign, 'чужой.txt')] })
    )._id.toHexString();
  });

  const download = (letterId: string, fileId: string) =>
    request(api.app)
      .get(`/api/v1/cabinet/letters/${letterId}/attachments/${fileId}`)
      .set('Authorization', `Bearer ${cast.tokenA}`)
      .buffer(true)
      .parse(binary);

  it('when A downloads a file of its letter, then the bytes come with their type, length and Cyrillic name', async () => {
    const response = await download(letterA, act.fileId.toHexString());

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-length']).toBe(String(bytes.length));
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Akt sverki N5 'itog'.pdf"; filename*=UTF-8''${encodeURIComponent('Акт сверки №5 "итог".pdf')}`,
    );
    expect(Buffer.compare(response.body as Buffer, bytes)).toBe(0);
  });

  it('when the letter is opened, then each file has a link that downloads it', async () => {
    const letter = await request(api.app)
      .get(`/api/v1/cabinet/letters/${letterA}`)
      .set('Authorization', `Bearer ${cast.tokenA}`);

    expect(letter.body.attachmentCount).toBe(1);
    expect(letter.body.attachments).toEqual([
      {
        fileId: act.fileId.toHexString(),
        filename: 'Акт сверки №5 "итог".pdf',
        contentType: 'application/pdf',
        size: bytes.length,
        downloadUrl: `/api/v1/cabinet/letters/${letterA}/attachments/${act.fileId.toHexString()}`,
      },
    ]);
    const followed = await request(api.app)
      .get(letter.body.attachments[0].downloadUrl)
      .set('Authorization', `Bearer ${cast.tokenA}`)
      .buffer(true)
      .parse(binary);
    expect(Buffer.compare(followed.body as Buffer, bytes)).toBe(0);
  });

  it('when the file belongs to B’s letter, or is asked through a letter it is not attached to, then 404', async () => {
    const foreignId = foreign.fileId.toHexString();
    for (const [letterId, fileId] of [
      [letterB, foreignId],
      [letterA, foreignId],
      [letterB, act.fileId.toHexString()],
    ] as const) {
      const response = await download(letterId, fileId);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('when the letter lists a file that is gone from storage, then 404, not a broken download', async () => {
    const gone = { ...act, fileId: new Types.ObjectId() };
    const letter = await letterFor(cast.memberA._id, { attachments: [{ ...gone, filename: 'нет.pdf' }] });

    const response = await download(letter._id.toHexString(), gone.fileId.toHexString());

    expect(response.status).toBe(404);
    expect(JSON.parse((response.body as Buffer).toString('utf8')).detail).toBe('Файл не найден.');
  });
});
