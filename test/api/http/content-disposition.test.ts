import { describe, expect, it } from '@jest/globals';
import { attachmentDisposition } from '../../../api/http/shared/content-disposition.js';

const fallbackOf = (name: string) => /filename="([^"]*)"/.exec(attachmentDisposition(name))![1];

describe('the file name of a download', () => {
  it.each([
    ['Акт сверки взаиморасчётов.pdf', 'Akt sverki vzaimoraschyotov.pdf'],
    ['Выписка из реестра № 5 «СРО» — копия.pdf', 'Vypiska iz reestra N 5 SRO - kopiya.pdf'],
    ['Счёт на оплату членского взноса.xlsx', 'Schyot na oplatu chlenskogo vznosa.xlsx'],
    ['Цех Ъ.docx', 'Tsekh.docx'],
    ['Акт "итог" 50%\\1.txt', "Akt 'itog' 50__1.txt"],
    ['Ъ.txt', 'file.txt'],
  ])('when the name is %s, then old clients get it spelled in Latin letters: %s', (name, fallback) => {
    expect(fallbackOf(name)).toBe(fallback);
  });

  it('when the name is Cyrillic, then current clients get it exactly, in UTF-8', () => {
    const name = 'Выписка (копия) №1.pdf';

    expect(attachmentDisposition(name)).toMatch(
      /^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''(.+)$/,
    );
    const encoded = attachmentDisposition(name).split("filename*=UTF-8''")[1]!;
    expect(encoded).not.toMatch(/['()*]/);
    expect(decodeURIComponent(encoded)).toBe(name);
  });

  it('when the name carries control characters, then none reaches the header', () => {
    expect(attachmentDisposition('отчёт\r\nSet-Cookie: x.txt')).not.toMatch(/[\r\n]/);
  });
});
