import { describe, expect, it } from '@jest/globals';
import { safeFilename } from '../../../api/domain/uploads/safe-filename.js';

describe('safeFilename', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\Иванов\\Документы\\устав.docx', 'устав.docx'],
    ['отчёт\u0000\u0007\u001b[31m.pdf', 'отчёт[31m.pdf'],
    ['счёт\u202Efdp.exe', 'счётfdp.exe'],
    ['  ..скрытый файл..  ', 'скрытый файл'],
    ['договор:№5 "итог"?.pdf', 'договор_№5 _итог__.pdf'],
    ['акт\n\r\tсверки.xlsx', 'акт сверки.xlsx'],
    ['', 'файл'],
    ['..', 'файл'],
  ])('when the client sends %j, then %j is kept', (raw, expected) => {
    expect(safeFilename(raw)).toBe(expected);
  });

  it('when a name is longer than 120 characters, then it is cut to 120 keeping its extension and whole letters', () => {
    const name = `${'я'.repeat(150)}😀.pdf`;

    const safe = safeFilename(name);

    expect(Array.from(safe)).toHaveLength(120);
    expect(safe).toBe(`${'я'.repeat(116)}.pdf`);
  });

  it('when a decomposed «й» arrives (as macOS writes it), then it is stored composed', () => {
    expect(safeFilename('и\u0306тог.pdf')).toBe('итог.pdf'.replace('и', 'й'));
  });
});
