import { describe, expect, it } from '@jest/globals';
import mongoose from 'mongoose';
import { AppealModel } from '../../../api/domain/appeals/appeal.model.js';
import { useTestApi } from '../../helpers/api-app.js';
import {
  downloadAppealFile,
  getAsRepresentative,
  PDF,
  PNG,
  postAppeal,
  signedInRepresentative,
} from './appeal-client.js';

const storedFileCount = () => mongoose.connection.db!.collection('files.files').countDocuments();

describe('POST /appeals with files', () => {
  const api = useTestApi();
  const other = { category: 'other', text: 'Прошу рассмотреть приложенные документы' };

  it('when a PNG and a PDF with Cyrillic names are filed, then both download byte-identical under their names and sniffed types', async () => {
    const { token } = await signedInRepresentative(api);

    const filed = await postAppeal(api, token, other, [
      { data: PNG, filename: 'фото объекта.png' },
      { data: PDF, filename: 'Акт сверки №5 за 2026 год.pdf' },
    ]);

    expect(filed.status).toBe(201);
    expect(filed.body.files).toEqual([
      {
        fileId: expect.any(String),
        filename: 'фото объекта.png',
        contentType: 'image/png',
        size: PNG.length,
      },
      {
        fileId: expect.any(String),
        filename: 'Акт сверки №5 за 2026 год.pdf',
        contentType: 'application/pdf',
        size: PDF.length,
      },
    ]);
    const [png, pdf] = filed.body.files as { fileId: string }[];
    const pngDownload = await downloadAppealFile(api, token, filed.body.id, png!.fileId);
    expect(pngDownload.status).toBe(200);
    expect(pngDownload.headers['content-type']).toBe('image/png');
    expect(pngDownload.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('фото объекта.png')}`,
    );
    expect(Buffer.compare(pngDownload.body as Buffer, PNG)).toBe(0);
    const pdfDownload = await downloadAppealFile(api, token, filed.body.id, pdf!.fileId);
    expect(pdfDownload.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(pdfDownload.body as Buffer, PDF)).toBe(0);
  });

  it('when the client claims a type, then the content decides: text and CSV are kept as UTF-8 text', async () => {
    const { token } = await signedInRepresentative(api);
    const csv = Buffer.from('договор;сумма\n№ 12;1 500 000\n');

    const filed = await postAppeal(api, token, other, [
      { data: csv, filename: 'реестр договоров.csv' },
      { data: Buffer.from('Пояснения к отчёту'), filename: 'пояснения.pdf' },
    ]);

    expect(filed.status).toBe(201);
    expect(filed.body.files.map((file: { contentType: string }) => file.contentType)).toEqual([
      'text/csv; charset=utf-8',
      'text/plain; charset=utf-8',
    ]);
  });

  it('when a file is larger than 20 MB, then 413 names the file and the limit, and nothing is filed', async () => {
    const { token } = await signedInRepresentative(api);
    const before = await storedFileCount();

    const response = await postAppeal(api, token, other, [
      { data: PNG, filename: 'малый.png' },
      { data: Buffer.alloc(21 * 1024 * 1024, 0x41), filename: 'скан договора.pdf' },
    ]);

    expect(response.status).toBe(413);
    expect(response.body.detail).toBe(
      'Файл «скан договора.pdf» больше 20 МБ — это наибольший допустимый размер файла.',
    );
    expect(response.body).toMatchObject({ filename: 'скан договора.pdf', maxBytes: 20 * 1024 * 1024 });
    expect(await storedFileCount()).toBe(before);
  });

  it('when a program (MZ header) is attached, then 415 names the file, whatever its name and declared type', async () => {
    const { member, token } = await signedInRepresentative(api);
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512, 0x90)]);

    const response = await postAppeal(api, token, other, [
      { data: PNG, filename: 'фото.png' },
      { data: program, filename: 'счёт.pdf' },
    ]);

    expect(response.status).toBe(415);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body.detail).toMatch(
      /^Файл «счёт\.pdf» нельзя приложить: такой тип файлов не принимается\./,
    );
    expect(await AppealModel.countDocuments({ memberId: member._id })).toBe(0);
  });

  it('when 11 files are attached, then the appeal is refused saying at most 10', async () => {
    const { member, token } = await signedInRepresentative(api);
    const files = Array.from({ length: 11 }, (_, i) => ({ data: PNG, filename: `фото-${i + 1}.png` }));

    const response = await postAppeal(api, token, other, files);

    expect(response.status).toBe(413);
    expect(response.body.detail).toBe('Можно приложить не больше 10 файлов в поле «files».');
    expect(await AppealModel.countDocuments({ memberId: member._id })).toBe(0);
  });

  it('when file names carry folders, tabs and invisible characters, then only a clean last segment is kept', async () => {
    const { token } = await signedInRepresentative(api);

    const filed = await postAppeal(api, token, other, [
      { data: PNG, filepath: '../../../etc/пароли\tи явки.png' },
      { data: PDF, filepath: '..\\..\\Windows\\System32\\счёт\u202Efdp.pdf' },
      { data: PNG, filename: `${'очень длинное имя '.repeat(20)}.png` },
    ]);

    expect(filed.status).toBe(201);
    const names = filed.body.files.map((file: { filename: string }) => file.filename);
    expect(names.slice(0, 2)).toEqual(['пароли и явки.png', 'счётfdp.pdf']);
    expect(Array.from(names[2] as string)).toHaveLength(120);
    expect(names[2]).toMatch(/^очень длинное имя .*\.png$/);
  });

  it('when an empty file is attached, then 422 names it', async () => {
    const { token } = await signedInRepresentative(api);

    const response = await postAppeal(api, token, other, [{ data: Buffer.alloc(0), filename: 'пусто.pdf' }]);

    expect(response.status).toBe(422);
    expect(response.body.detail).toBe('Файл «пусто.pdf» пустой.');
  });

  it('when a file id belongs to another appeal of the same member, then it is not served through this one', async () => {
    const { token } = await signedInRepresentative(api);
    const first = await postAppeal(api, token, other, [{ data: PNG, filename: 'a.png' }]);
    const second = await postAppeal(api, token, other, [{ data: PDF, filename: 'b.pdf' }]);

    const crossed = await downloadAppealFile(api, token, second.body.id, first.body.files[0].fileId);
    const listed = await getAsRepresentative(api, token, `/appeals/${first.body.id}`);

    expect(crossed.status).toBe(404);
    expect(listed.body.files).toHaveLength(1);
  });
});
